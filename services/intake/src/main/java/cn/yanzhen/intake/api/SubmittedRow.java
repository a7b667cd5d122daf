package cn.yanzhen.intake.api;

import cn.yanzhen.intake.domain.SigningSubmission;
import cn.yanzhen.platform.validation.Violations;

/** One row of a batch (numbered from 1) with the problems found while reading it. */
record SubmittedRow(int number, SigningSubmission submission, Violations violations) {

    String fieldPrefix() {
        return "row " + number + ": ";
    }
}

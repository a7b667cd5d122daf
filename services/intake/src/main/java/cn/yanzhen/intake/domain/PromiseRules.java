package cn.yanzhen.intake.domain;

import cn.yanzhen.contracts.signing.Signing.Promise;
import cn.yanzhen.platform.validation.TextRules;
import cn.yanzhen.platform.validation.Violations;
import java.time.LocalDate;

/**
 * What makes a signing's promise at full production (达产) acceptable (docs/contract.md §4.1): a capacity comes with
 * its unit and a unit with its capacity; amounts are not negative and within the bounds of an investment; a promise
 * of capacity, output or tax names the date it is to be reached, which is not before the signing. Without a date
 * nobody could tell, later, that a project stays short of what it promised.
 */
final class PromiseRules {

    static final double MAX_CAPACITY = 1e15;
    static final int MAX_UNIT_LENGTH = 20;

    private PromiseRules() {
    }

    static void check(Promise promise, LocalDate signedOn, Violations violations) {
        if (promise == null) {
            return;
        }
        TextRules.optional(violations, "promise.capacityUnit", promise.capacityUnit(), MAX_UNIT_LENGTH);
        if (promise.designCapacity() != null && promise.capacityUnit() == null
                && !violations.has("promise.capacityUnit")) {
            violations.add("promise.capacityUnit", "填写设计产能时必填 / is required with promise.designCapacity");
        }
        if (promise.capacityUnit() != null && promise.designCapacity() == null
                && !violations.has("promise.designCapacity")) {
            violations.add("promise.designCapacity", "填写产能单位时必填 / is required with promise.capacityUnit");
        }
        if (promise.designCapacity() != null && !(promise.designCapacity() > 0)) {
            violations.add("promise.designCapacity", "须大于 0 / must be greater than 0");
        } else if (promise.designCapacity() != null && promise.designCapacity() > MAX_CAPACITY) {
            violations.add("promise.designCapacity", "不能超过 10^15 / must be at most 10^15");
        }
        yuan(violations, "promise.annualOutputYuan", promise.annualOutputYuan());
        yuan(violations, "promise.annualTaxYuan", promise.annualTaxYuan());
        checkDate(promise, signedOn, violations);
    }

    private static void yuan(Violations violations, String field, Long value) {
        if (value == null) {
            return;
        }
        if (value < 0) {
            violations.add(field, "不能为负数 / must not be negative");
        } else if (value > SigningRules.MAX_INVESTMENT_YUAN) {
            violations.add(field, "不能超过 " + SigningRules.MAX_INVESTMENT_YUAN + " 元 / must be at most "
                    + SigningRules.MAX_INVESTMENT_YUAN + " yuan");
        }
    }

    private static void checkDate(Promise promise, LocalDate signedOn, Violations violations) {
        LocalDate by = promise.fullProductionBy();
        boolean promisesSomething = promise.designCapacity() != null || promise.annualOutputYuan() != null
                || promise.annualTaxYuan() != null;
        if (by == null && promisesSomething && !violations.has("promise.fullProductionBy")) {
            violations.add("promise.fullProductionBy", "承诺产能、产值或税收时必填 / is required when the signing "
                    + "promises capacity, output or tax");
        } else if (by != null && signedOn != null && by.isBefore(signedOn)) {
            violations.add("promise.fullProductionBy", "不能早于签约日期 / must not be before signedOn");
        }
    }
}

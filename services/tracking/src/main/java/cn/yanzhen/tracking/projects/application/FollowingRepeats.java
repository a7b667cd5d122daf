package cn.yanzhen.tracking.projects.application;

import cn.yanzhen.tracking.figures.domain.FigureChanges;
import cn.yanzhen.tracking.figures.domain.ProjectState;
import cn.yanzhen.tracking.projects.persistence.ProjectEntity;
import java.util.Collection;

/**
 * Repeat signings follow the project's earliest signing: when it moves, each repeat's event figures
 * move with it (beyond their events they count only as repeats, which its move leaves as they are).
 */
final class FollowingRepeats {

    private FollowingRepeats() {
    }

    static void moved(FigureChanges changes, ProjectEntity earliest, ProjectState earliestBefore,
                      Collection<ProjectEntity> candidates) {
        for (ProjectEntity repeat : candidates) {
            if (earliest.signingId.equals(repeat.repeatOf)) {
                changes.add(repeat.place(), repeat.state().following(earliestBefore), repeat.state(earliest));
            }
        }
    }
}

package cn.yanzhen.notifier.deliveries.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** What an alert about a project needs of it: its name and where it lands. */
@Entity
@Table(name = "project")
public class ProjectEntity {

    @Id
    public UUID signingId;
    public String projectName;
    public String destinationRegion;
    public String eventCode;
    public String industryCode;
}

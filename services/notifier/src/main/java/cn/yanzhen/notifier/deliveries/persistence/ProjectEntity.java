package cn.yanzhen.notifier.deliveries.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** What an alert about a project needs of it: its name and where it lands. */
@Entity
@Table(name = "project")
public class ProjectEntity {

    @Id
    @Column(name = "signing_id")
    public UUID signingId;
    @Column(name = "project_name")
    public String projectName;
    @Column(name = "destination_region")
    public String destinationRegion;
    @Column(name = "event_code")
    public String eventCode;
    @Column(name = "industry_code")
    public String industryCode;
}

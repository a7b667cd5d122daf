package cn.yanzhen.capacity.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** The park a registered signing names. */
@Entity
@Table(name = "signing_park")
public class SigningParkEntity {

    @Id
    public UUID signingId;
    public String parkCode;

    public static SigningParkEntity of(UUID signingId, String parkCode) {
        SigningParkEntity entity = new SigningParkEntity();
        entity.signingId = signingId;
        entity.parkCode = parkCode;
        return entity;
    }
}

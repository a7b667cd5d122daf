package cn.yanzhen.intake.domain.park;

/**
 * A park's region does not change once registered: signings were checked against it and took its code. A park
 * that moves is a new park under a new code. Nothing was changed.
 */
public class ParkRegionFixed extends RuntimeException {

    public ParkRegionFixed(String code, String registered, String requested) {
        super("Park " + code + " is registered in region " + registered + "; its region cannot become " + requested
                + ". 园区所在地登记后不能更改，迁址请用新代码登记 / register a park that moved under a new code.");
    }
}

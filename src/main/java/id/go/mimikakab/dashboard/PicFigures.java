package id.go.mimikakab.dashboard;

/** One member of an agency as their head sees them: open cases assigned, follow-ups in the last 90 days and how many were in time. */
public record PicFigures(String username, long openAssigned, long followUps, long followUpsOnTime) {

    public Double onTimeRate() {
        return followUps == 0 ? null : (double) followUpsOnTime / followUps;
    }
}

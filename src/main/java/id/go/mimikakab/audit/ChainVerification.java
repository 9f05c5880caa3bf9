package id.go.mimikakab.audit;

/**
 * The result of re-computing the audit chain: intact, or the sequence number of the first entry whose
 * hash, link or position does not match.
 */
public record ChainVerification(boolean intact, long entriesChecked, Long firstBrokenSeq, String problem) {

    static ChainVerification intact(long checked) {
        return new ChainVerification(true, checked, null, null);
    }

    static ChainVerification brokenAt(long checked, long seq, String problem) {
        return new ChainVerification(false, checked, seq, problem);
    }
}

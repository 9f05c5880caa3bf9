package id.go.mimikakab.audit;

/**
 * The result of re-computing the audit chain: intact, or the position of the first entry whose hash, link or
 * place does not match. {@code pendingEntries} were committed but not sealed yet (normally none after a check,
 * which seals first).
 */
public record ChainVerification(boolean intact, long entriesChecked, Long firstBrokenSeq, String problem,
        long pendingEntries) {

    static ChainVerification intact(long checked, long pending) {
        return new ChainVerification(true, checked, null, null, pending);
    }

    static ChainVerification brokenAt(long checked, long position, String problem, long pending) {
        return new ChainVerification(false, checked, position, problem, pending);
    }
}

package id.go.mimikakab.system;

import java.util.OptionalLong;

/** Where the tokens of one limit are counted, per key: the rows of the shared database or a node's memory. */
interface TokenCounts {

    /** Empty when a token was taken for the key; otherwise the nanoseconds until one is there again. */
    OptionalLong take(String key);

    /** Returns one token to every tier of the key's limit, up to its capacity. */
    void giveBack(String key);

    /** Fills the key's buckets again. */
    void reset(String key);
}

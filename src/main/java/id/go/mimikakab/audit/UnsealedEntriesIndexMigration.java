package id.go.mimikakab.audit;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Migration 82: on PostgreSQL, sealing finds and writes each entry by its key, however many entries wait. Before it,
 * the unique constraint on {@code chain_pos} also indexed the entries without a position, so after an analyze that
 * saw few of them the planner sealed each entry by walking all the unsealed ones ({@code chain_pos is null}, then
 * the id as a filter): 30 µs an entry on a fresh table, 340 µs with a backlog of some thousands, a cost that grows with
 * the backlog it should clear (decision 178). Now the uniqueness covers only the positions given, and the waiting
 * entries have an index of their own, in id order, for the sealing job's query. H2 (development and tests) has no
 * partial indexes and its planner does not take that path; there the migration only records itself.
 */
@Component
class UnsealedEntriesIndexMigration extends PostgresOnlyMigration {

    static final String[] STATEMENTS = {
        "alter table audit_record drop constraint audit_record_chain_pos_uq",
        "create unique index audit_record_chain_pos_uq on audit_record (chain_pos) where chain_pos is not null",
        "create index audit_record_unsealed_idx on audit_record (id) where chain_pos is null",
    };

    UnsealedEntriesIndexMigration() {
        super("82", "unsealed audit entries index", List.of(STATEMENTS));
    }
}

package id.go.mimikakab.audit;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Migration 30: on PostgreSQL, a trigger refuses every UPDATE and DELETE of {@code audit_record} (and TRUNCATE)
 * except sealing, which writes the chain columns of an entry once and changes nothing else. Before it, an entry
 * removed or edited before sealing left no trace in the chain. H2 (development and tests) has no PL/pgSQL; there the
 * migration only records itself, and the tests that prove tampering is detected keep tampering on H2.
 */
@Component
class AppendOnlyAuditMigration extends PostgresOnlyMigration {

    static final String TRIGGER_FUNCTION = """
            create or replace function audit_record_append_only() returns trigger language plpgsql as $$
            begin
                if tg_op = 'UPDATE'
                        and old.chain_pos is null and new.chain_pos is not null
                        and old.entry_hash is null and new.entry_hash is not null
                        and new.id = old.id and new.recorded_at = old.recorded_at and new.actor = old.actor
                        and new.action = old.action and new.target_type = old.target_type
                        and new.target_id = old.target_id
                        and new.before_value is not distinct from old.before_value
                        and new.after_value is not distinct from old.after_value then
                    return new;
                end if;
                raise exception 'audit_record is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
            end
            $$""";

    AppendOnlyAuditMigration() {
        super("30", "audit record append only", List.of(TRIGGER_FUNCTION,
                "create trigger audit_record_append_only before update or delete on audit_record"
                        + " for each row execute function audit_record_append_only()",
                "create trigger audit_record_no_truncate before truncate on audit_record"
                        + " for each statement execute function audit_record_append_only()"));
    }

    /** The checksum recorded when this migration first ran: the trigger function's text alone. */
    @Override
    public Integer getChecksum() {
        return TRIGGER_FUNCTION.hashCode();
    }
}

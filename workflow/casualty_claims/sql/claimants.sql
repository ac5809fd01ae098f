-- Per claimant: how many claims, about how many events, and how its figures
-- compare with the victim side's own (official) latest figure for the same event.
WITH official AS (
    SELECT event_id, victim_side, casualty_type,
           arg_max(coalesce(value_low, value_high), struct_pack(published, doc_id, char_start)) AS official_figure
    FROM claims
    WHERE stance = 'official'
    GROUP BY ALL
)
SELECT
    c.claimant,
    c.claimant_side,
    c.stance,
    count(*)::BIGINT AS n_claims,
    count(DISTINCT c.event_id)::BIGINT AS n_events,
    count(DISTINCT c.doc_id)::BIGINT AS n_documents,
    round(median(coalesce(c.value_low, c.value_high)::DOUBLE / nullif(o.official_figure, 0)), 3) AS median_ratio_to_official
FROM claims c
LEFT JOIN official o USING (event_id, victim_side, casualty_type)
GROUP BY c.claimant, c.claimant_side, c.stance
ORDER BY c.claimant, c.claimant_side, c.stance

-- Every claimant's figures for every event, in the order they were published.
SELECT
    c.event_id,
    e.label AS event_label,
    c.victim_side,
    c.casualty_type,
    c.claimant,
    c.claimant_side,
    c.stance,
    c.published,
    c.value_low,
    c.value_high,
    c.qualifier,
    count(*)::BIGINT AS n_mentions,
    count(DISTINCT c.doc_id)::BIGINT AS n_documents
FROM claims c
JOIN events e USING (event_id)
GROUP BY ALL
ORDER BY c.event_id, c.victim_side, c.casualty_type, c.claimant, c.published NULLS FIRST,
         c.value_low NULLS FIRST, c.value_high NULLS FIRST, c.qualifier

-- Every claimant's figures for every event, one row per distinct claim, in the order
-- the event's figures appeared (chronology); sequence/is_latest/previous_figure give
-- each claimant's own revision history (63 -> 89).
SELECT
    d.event_id,
    e.label AS event_label,
    d.victim_side,
    d.victim_group,
    d.casualty_type,
    d.chronology,
    d.claimant,
    d.claimant_side,
    d.stance,
    d.sequence,
    d.n_in_sequence,
    d.is_latest,
    d.previous_figure,
    d.figure,
    d.value_low,
    d.value_high,
    d.qualifier,
    d.first_published,
    d.last_published,
    d.revision_cue,
    d.n_mentions,
    d.n_documents,
    d.claim_key,
    d.first_claim_id,
    d.overridden
FROM distinct_claims d
JOIN events e USING (event_id)
ORDER BY d.event_id, d.victim_side, d.victim_group, d.casualty_type, d.chronology

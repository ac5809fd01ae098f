-- Every sentence that reports a claim, with the document it is in (source and date).
-- claim_key ties mentions of the same distinct claim together: count distinct claim_key,
-- never rows, to count claims.
SELECT
    c.claim_key,
    c.event_id,
    c.claim_id,
    c.doc_id,
    c.source_path,
    d.title,
    d.author,
    c.published,
    c.sentence,
    c.char_start,
    c.char_end,
    c.claimant,
    c.stance,
    c.casualty_type,
    c.value_low,
    c.value_high,
    c.qualifier,
    c.revision_cue,
    c.overridden,
    c.override_note
FROM claims c
LEFT JOIN documents d USING (doc_id)
ORDER BY c.claim_key, c.published, c.doc_id, c.char_start, c.char_end, c.claim_id

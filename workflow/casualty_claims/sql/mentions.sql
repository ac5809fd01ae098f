-- Every sentence that reports a claim, with the document it is in (outlet, source, date).
-- Identical copies of one text are one document (ingest); n_copies says how many files held it.
-- claim_key ties mentions of the same distinct claim together: count distinct claim_key,
-- never rows, to count claims.
SELECT
    c.claim_key,
    c.event_id,
    c.claim_id,
    c.doc_id,
    c.source_path,
    d.outlet,
    d.url,
    d.title,
    d.author,
    coalesce(nullif(len(d.sources), 0), 1)::BIGINT AS n_copies,
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

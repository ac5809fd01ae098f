-- Every analyst override that was applied, in file order, with the claims it changed.
SELECT line, action, target, field, value, note, n_rows, claim_ids
FROM overrides
ORDER BY line

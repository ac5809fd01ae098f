-- Per claimant (and the side and stance it speaks with): how many distinct claims, about
-- how many events, how often it revised a figure, and how its latest figures compare
-- with the victim side's own latest figure for the same event, victim and type.
WITH official AS (
    SELECT event_id, victim_side, victim_group, casualty_type,
           arg_max(figure, chronology) AS official_figure
    FROM distinct_claims
    WHERE stance = 'official' AND is_latest
    GROUP BY ALL
),
per_claimant AS (
    SELECT
        d.claimant, d.claimant_side, d.stance,
        count(*) AS n_claims,
        count(DISTINCT d.event_id) AS n_events,
        count(*) FILTER (WHERE d.sequence > 1) AS n_revisions,
        sum(d.n_mentions) AS n_mentions,
        median(d.figure::DOUBLE / nullif(o.official_figure, 0)) FILTER (WHERE d.is_latest) AS median_ratio
    FROM distinct_claims d
    LEFT JOIN official o USING (event_id, victim_side, victim_group, casualty_type)
    GROUP BY ALL
),
documents_of AS (
    SELECT claimant, claimant_side, stance, count(DISTINCT doc_id) AS n_documents
    FROM claims
    GROUP BY ALL
)
SELECT
    p.claimant,
    p.claimant_side,
    p.stance,
    p.n_claims::BIGINT AS n_claims,
    p.n_events::BIGINT AS n_events,
    coalesce(m.n_documents, 0)::BIGINT AS n_documents,
    p.n_mentions::BIGINT AS n_mentions,
    p.n_revisions::BIGINT AS n_revisions,
    round(p.median_ratio, 3) AS median_ratio_to_official
FROM per_claimant p
LEFT JOIN documents_of m USING (claimant, claimant_side, stance)
ORDER BY p.claimant, p.claimant_side, p.stance

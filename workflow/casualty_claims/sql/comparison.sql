-- Per event, victim side and casualty type: what the victim side admitted (official),
-- what its enemy claimed (adversary) and what third parties counted (independent).
-- A figure's point value is its lower bound where it has one (value_low), else its upper
-- bound, so that "up to 400" counts as 400 and "at least 63" as 63.
WITH figures AS (
    SELECT
        c.*,
        coalesce(c.value_low, c.value_high) AS figure,
        row_number() OVER (
            PARTITION BY c.event_id, c.victim_side, c.casualty_type, c.stance
            ORDER BY c.published DESC NULLS LAST, c.doc_id DESC, c.char_start DESC
        ) AS recency
    FROM claims c
),
per_stance AS (
    SELECT
        event_id, victim_side, casualty_type, stance,
        count(*) AS n_claims,
        min(figure) AS min_figure,
        max(figure) AS max_figure,
        max(CASE WHEN recency = 1 THEN figure END) AS latest_figure
    FROM figures
    GROUP BY ALL
)
SELECT
    e.event_id,
    e.conflict,
    e.label AS event_label,
    p.victim_side,
    p.casualty_type,
    max(CASE WHEN p.stance = 'official' THEN p.latest_figure END) AS official_latest,
    max(CASE WHEN p.stance = 'official' THEN p.max_figure END) AS official_max,
    max(CASE WHEN p.stance = 'adversary' THEN p.max_figure END) AS adversary_max,
    max(CASE WHEN p.stance = 'adversary' THEN p.latest_figure END) AS adversary_latest,
    max(CASE WHEN p.stance = 'independent' THEN p.min_figure END) AS independent_min,
    max(CASE WHEN p.stance = 'independent' THEN p.max_figure END) AS independent_max,
    max(CASE WHEN p.stance = 'unattributed' THEN p.max_figure END) AS unattributed_max,
    coalesce(sum(CASE WHEN p.stance = 'official' THEN p.n_claims END), 0)::BIGINT AS n_official,
    coalesce(sum(CASE WHEN p.stance = 'adversary' THEN p.n_claims END), 0)::BIGINT AS n_adversary,
    coalesce(sum(CASE WHEN p.stance = 'independent' THEN p.n_claims END), 0)::BIGINT AS n_independent,
    coalesce(sum(CASE WHEN p.stance = 'unattributed' THEN p.n_claims END), 0)::BIGINT AS n_unattributed,
    -- Ratio from integers, rounded to a fixed precision so reruns match to the byte.
    round(max(CASE WHEN p.stance = 'adversary' THEN p.max_figure END)::DOUBLE
          / nullif(max(CASE WHEN p.stance = 'official' THEN p.latest_figure END), 0), 3) AS adversary_to_official
FROM per_stance p
JOIN events e USING (event_id)
GROUP BY e.event_id, e.conflict, e.label, p.victim_side, p.casualty_type
ORDER BY e.event_id, p.victim_side, p.casualty_type

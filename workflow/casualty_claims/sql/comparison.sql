-- Per event, victim side, victim group and casualty type: what the victim side admitted
-- (official), what its enemy claimed (adversary) and what third parties counted
-- (independent), side by side. Built from distinct claims (distinct_claims, see
-- revisions.py), never from mentions: a figure carried by fifty outlets counts once, and
-- figures are compared, never added up. Every figure stays in the timeline table; this
-- table only puts the headline ones next to each other.
-- A figure is value_low where there is one, else value_high ("up to 400" counts as 400).
-- "latest": among the claimants' latest figures (is_latest), the one that came last in
-- the event's chronology; "first": the earliest figure of the stance.
WITH per_stance AS (
    SELECT
        d.event_id, d.victim_side, d.victim_group, d.casualty_type, d.stance,
        count(*) AS n_claims,
        count(*) FILTER (WHERE d.sequence > 1) AS n_revisions,
        min(d.figure) AS min_figure,
        max(d.figure) AS max_figure,
        arg_min(d.figure, d.chronology) AS first_figure,
        arg_max(d.figure, d.chronology) FILTER (WHERE d.is_latest) AS latest_figure
    FROM distinct_claims d
    GROUP BY ALL
),
wide AS (
    SELECT
        p.event_id, p.victim_side, p.victim_group, p.casualty_type,
        max(p.first_figure) FILTER (WHERE p.stance = 'official') AS official_first,
        max(p.latest_figure) FILTER (WHERE p.stance = 'official') AS official_latest,
        max(p.max_figure) FILTER (WHERE p.stance = 'official') AS official_max,
        max(p.max_figure) FILTER (WHERE p.stance = 'adversary') AS adversary_max,
        max(p.latest_figure) FILTER (WHERE p.stance = 'adversary') AS adversary_latest,
        max(p.min_figure) FILTER (WHERE p.stance = 'independent') AS independent_min,
        max(p.max_figure) FILTER (WHERE p.stance = 'independent') AS independent_max,
        max(p.latest_figure) FILTER (WHERE p.stance = 'independent') AS independent_latest,
        max(p.max_figure) FILTER (WHERE p.stance = 'unattributed') AS unattributed_max,
        coalesce(sum(p.n_claims) FILTER (WHERE p.stance = 'official'), 0) AS n_official,
        coalesce(sum(p.n_claims) FILTER (WHERE p.stance = 'adversary'), 0) AS n_adversary,
        coalesce(sum(p.n_claims) FILTER (WHERE p.stance = 'independent'), 0) AS n_independent,
        coalesce(sum(p.n_claims) FILTER (WHERE p.stance = 'unattributed'), 0) AS n_unattributed,
        coalesce(sum(p.n_revisions) FILTER (WHERE p.stance = 'official'), 0) AS n_official_revisions
    FROM per_stance p
    GROUP BY ALL
)
SELECT
    e.event_id,
    e.conflict,
    e.label AS event_label,
    w.victim_side,
    w.victim_group,
    w.casualty_type,
    w.official_first::BIGINT AS official_first,
    w.official_latest::BIGINT AS official_latest,
    w.official_max::BIGINT AS official_max,
    w.adversary_max::BIGINT AS adversary_max,
    w.adversary_latest::BIGINT AS adversary_latest,
    w.independent_min::BIGINT AS independent_min,
    w.independent_max::BIGINT AS independent_max,
    w.independent_latest::BIGINT AS independent_latest,
    w.unattributed_max::BIGINT AS unattributed_max,
    w.n_official::BIGINT AS n_official,
    w.n_adversary::BIGINT AS n_adversary,
    w.n_independent::BIGINT AS n_independent,
    w.n_unattributed::BIGINT AS n_unattributed,
    w.n_official_revisions::BIGINT AS n_official_revisions,
    -- From integers, rounded to a fixed precision so reruns match to the byte.
    round(w.adversary_max::DOUBLE / nullif(w.official_latest, 0), 3) AS adversary_to_official
FROM wide w
JOIN events e USING (event_id)
ORDER BY e.event_id, w.victim_side, w.victim_group, w.casualty_type

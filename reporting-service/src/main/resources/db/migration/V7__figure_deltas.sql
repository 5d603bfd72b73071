-- The annual report's counts kept as events arrive (issue 14): each (department, figure, line)
-- holds deltas by fiscal year, and a figure for a year is the sum of its deltas up to that year
-- (see FigureRuns). The consumers change them in the transaction that changes the facts; reading a
-- report or the statewide roll-up sums a few rows instead of recounting 230,000 employees. Filled
-- from the facts already here when the service starts and finds it empty.
create table figure_delta (
    department  varchar(20) not null,
    figure      varchar(30) not null,
    line        varchar(40) not null,
    fiscal_year integer     not null,
    delta       bigint      not null,
    primary key (department, figure, line, fiscal_year)
);
create index figure_delta_figure on figure_delta (figure, fiscal_year);

-- Set when the figures must be counted again from the facts (now: the facts that predate them);
-- the service does it when it starts (FigureRecount), replacing every delta under a table lock.
create table figure_recount (
    id          integer     primary key check (id = 1),
    requested   boolean     not null,
    recounted_at timestamptz
);
insert into figure_recount (id, requested) values (1, true);

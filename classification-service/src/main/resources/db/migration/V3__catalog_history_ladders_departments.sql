-- A class is never deleted: it is abolished as of a date.
alter table classification add column abolished_on date;
-- Who designated the UM category explicitly, and why.
alter table classification add column um_designated_by varchar(200);
alter table classification add column um_designation_reason varchar(500);
-- Derived from the schematic code and the designation (OccupationalGroup), stored so that lists
-- can filter on them; the service recomputes them on every write and at start-up.
alter table classification add column occupational_group varchar(60);
alter table classification add column um_category varchar(10);
create index classification_um_category on classification (um_category);

-- Effective-dated titles: a retitle closes the current title and opens a new one. Titles other
-- than the one in force are the class's former titles (searchable aliases).
create table classification_title (
    class_code     char(4)      not null references classification (class_code),
    title          varchar(200) not null,
    effective_from date         not null,
    effective_to   date,
    primary key (class_code, effective_from),
    check (effective_to is null or effective_to >= effective_from)
);
create index classification_title_text on classification_title (lower(title));

insert into classification_title (class_code, title, effective_from)
select class_code, title, date '1900-01-01' from classification;
alter table classification drop column title;

-- Alternate salary ranges (B, C, ...) besides the class's main range.
create table classification_salary_range (
    class_code char(4)       not null references classification (class_code),
    range_code varchar(4)    not null,
    salary_min numeric(10,2) not null check (salary_min >= 0),
    salary_max numeric(10,2) not null,
    primary key (class_code, range_code),
    check (salary_min <= salary_max)
);

-- Career ladders: directed steps between classes.
create table career_step (
    from_class char(4)     not null references classification (class_code),
    to_class   char(4)     not null references classification (class_code),
    kind       varchar(20) not null check (kind in ('PROMOTION', 'BRIDGING', 'LATERAL_TRANSFER', 'TRAINING_AND_DEVELOPMENT')),
    note       varchar(500),
    primary key (from_class, to_class),
    check (from_class <> to_class)
);

-- Which ELTPA classes a department uses as its UM classifications, and which bridging classes it offers.
create table department_um_class (
    department varchar(20) not null,
    class_code char(4)     not null references classification (class_code),
    role       varchar(10) not null check (role in ('UM_TARGET', 'BRIDGING')),
    primary key (department, class_code)
);

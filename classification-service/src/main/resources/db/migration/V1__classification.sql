create table classification (
    class_code           char(4)       primary key check (class_code ~ '^[0-9]{4}$'),
    schematic_code       char(4)       not null check (schematic_code ~ '^[A-Z]{2}[A-Z0-9]{2}$'),
    title                varchar(200)  not null,
    salary_min           numeric(10,2) not null check (salary_min >= 0),
    salary_max           numeric(10,2) not null,
    um_category_override varchar(10)   check (um_category_override in ('LPEL', 'ELTPA', 'BRIDGING', 'NONE')),
    announced            boolean       not null default false,
    check (salary_min <= salary_max)
);
create unique index classification_schematic_code on classification (schematic_code);

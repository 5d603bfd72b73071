-- One source of truth for a department's UM classes (issue 14): classification-service keeps them
-- (PUT /api/departments/{d}/um-classifications there, checked against the catalog) and announces
-- each change (DepartmentUmClassesChanged); reporting keeps every announcement, so that a fiscal
-- year's report shows the list that stood at the year's end. The list reporting kept itself
-- becomes the first announcement of the department's copy, until classification-service's first.
create table department_um_classes (
    department           varchar(20)  not null,
    announced_at         timestamptz  not null,
    um_class_codes       varchar(400) not null,
    bridging_class_codes varchar(400) not null,
    primary key (department, announced_at)
);
insert into department_um_classes (department, announced_at, um_class_codes, bridging_class_codes)
select department, updated_at, um_class_codes, '' from department_program where um_class_codes <> '';
alter table department_program drop column um_class_codes;
alter table program_year drop column um_class_codes;

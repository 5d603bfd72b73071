-- Every employee with actions has a timeline row, so that "who is due for another look" is an index
-- read: the employees whose actions predate the timeline are due at once (the clock's job derives
-- them), instead of being found each time by scanning all the actions.
insert into employee_timeline (employee_id, department, facts_version, facts_hash, evaluated_on,
                               next_effective_date, updated_at)
select distinct on (a.employee_id) a.employee_id, a.department, 0, '', date '1970-01-01', date '1970-01-01', now()
from personnel_action a
where not exists (select 1 from employee_timeline t where t.employee_id = a.employee_id)
order by a.employee_id, a.effective_date desc;

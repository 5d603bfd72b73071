-- Career steps are announced on classification.career-ladder.v1 (CareerStepChanged), so that other
-- services answer "which classes can I reach" from their own copy. The steps already here are
-- announced once at the next start.
alter table career_step add column announced boolean not null default false;

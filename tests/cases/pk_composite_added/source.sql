-- A composite primary key added to a many-to-many link table, with a named constraint.
CREATE TABLE students (id integer PRIMARY KEY);
CREATE TABLE courses (id integer PRIMARY KEY);
CREATE TABLE enrolments (
    student_id integer NOT NULL REFERENCES students (id),
    course_id integer NOT NULL REFERENCES courses (id),
    CONSTRAINT enrolments_pk PRIMARY KEY (student_id, course_id)
);

export { createAssignment, listAssignableStaff, type NewAssignment } from "./create";
export { listBoard, listMine, type BoardItem } from "./board";
export { startArticle } from "./start";
export { assignmentState, type AssignmentState } from "./state";

export { DESK_MOVES, TRANSITIONS, TRANSITION_NAMES, fromStates, transitionsFrom, type DeskMove, type TransitionName } from "./transitions";
export { transition, type TransitionInput, type TransitionResult } from "./transition";
export { deskMovesFor, mayMove } from "./allowed";

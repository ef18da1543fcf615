export { addComment, listComments, resolveComment, type CommentItem } from "./comments";

// Editorial notes on an article: shared by the comments panel and its actions.
import { z } from "zod";

export const commentBodySchema = z.string().trim().min(1, "comment_required").max(2000, "too_long");

export const addCommentSchema = z.object({ articleId: z.string().min(1).max(40), body: commentBodySchema });

export const resolveCommentSchema = z.object({ commentId: z.string().min(1).max(40) });

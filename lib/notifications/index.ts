export { NOTIFICATION_KINDS, notify, notifyTransition, type NewNotification, type NotificationKind, type TransitionNotice } from "./notify";
export { listNotifications, markAllRead, markRead, unreadCount, type NotificationItem } from "./inbox";

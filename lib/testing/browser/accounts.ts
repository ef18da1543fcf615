export const PASSWORD = "copydesk-demo";

export const ACCOUNTS = {
  reporter: { email: "reporter@copydesk.test", name: "郭坤" },
  editor: { email: "editor@copydesk.test", name: "张敏" },
  chief: { email: "chief@copydesk.test", name: "王文" },
  admin: { email: "admin@copydesk.test", name: "管理员" },
} as const;

export type AccountName = keyof typeof ACCOUNTS;

export const storageState = (role: AccountName) => `e2e/.auth/${role}.json`;

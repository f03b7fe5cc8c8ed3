/** A sentence drawn from the records that the office may insert into 二、存在问题 or 四、下步打算. */
export interface Suggestion {
  section: "problems" | "plans";
  key: string;
  text: string;
}

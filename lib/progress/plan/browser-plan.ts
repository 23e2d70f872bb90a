import "client-only";
import { browserRecord } from "../../storage/browser-record";
import { planRecord } from "./plan-record";

export const getPlanStore = browserRecord(planRecord);

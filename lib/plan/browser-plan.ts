import "client-only";
import { browserRecord } from "@/lib/storage/client";
import { planRecord } from "./plan-record";

export const getPlanStore = browserRecord(planRecord);

import "client-only";
import { browserRecord, openArea } from "@/lib/storage/client";
import { readDeadline } from "./deadline";
import { planRecord } from "./plan-record";

export const getPlanStore = browserRecord(planRecord);

/** The plan's interview day and day start as this browser stores them, read without the full record. */
export const browserDeadline = () => readDeadline(openArea("local"));

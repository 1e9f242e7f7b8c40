import { structArray, u8, u16, u32, i32 } from "riotscript";

// A cooperative scheduler: tasks in a struct array, priorities as an enum, round-robin within
// the highest ready priority.
enum Priority { Idle = 0, Low = 1, Normal = 2, High = 3 }
const enum TaskState { Empty, Ready, Sleeping, Done }

class Task {
    id: u8 = 0;
    prio: Priority = Priority.Idle;
    state: TaskState = TaskState.Empty;
    work: u16 = 0;
    sleep: u16 = 0;
    runs: u32 = 0;

    runSlice(quantum: u16): void {
        this.runs = u32(this.runs + 1);
        if (this.work <= quantum) {
            this.work = 0;
            this.state = TaskState.Done;
        } else {
            this.work = u16(this.work - quantum);
            if ((this.runs & 1) === 0) {
                this.state = TaskState.Sleeping;
                this.sleep = u16(this.id + 1);
            }
        }
    }
}

const tasks = structArray(Task, 6);
let cursor = 0;

function spawn(slot: i32, prio: Priority, work: u16): void {
    if (slot < 0 || slot >= tasks.length) {
        return;
    }
    tasks[slot].id = u8(slot);
    tasks[slot].prio = prio;
    tasks[slot].state = TaskState.Ready;
    tasks[slot].work = work;
}

function pick(): i32 {
    let best = -1;
    let bestPrio = -1;
    for (let k = 0; k < tasks.length; k++) {
        const i = (cursor + k) % tasks.length;
        if (tasks[i].state === TaskState.Ready && tasks[i].prio > bestPrio) {
            best = i;
            bestPrio = i32(tasks[i].prio);
        }
    }
    if (best >= 0) {
        cursor = (best + 1) % tasks.length;
    }
    return best;
}

function wakeSleepers(): void {
    for (const t of tasks) {
        if (t.state === TaskState.Sleeping) {
            if (t.sleep <= 1) {
                t.state = TaskState.Ready;
                t.sleep = 0;
            } else {
                t.sleep = u16(t.sleep - 1);
            }
        }
    }
}

export function main(): number {
    spawn(0, Priority.Low, 50);
    spawn(1, Priority.High, 25);
    spawn(2, Priority.Normal, 40);
    spawn(3, Priority.High, 12);
    spawn(4, Priority.Idle, 30);
    console.log(`priorities ${Priority.Idle} ${Priority.Low} ${Priority.Normal} ${Priority.High}`);
    let idleTicks = 0;
    for (let tick = 0; tick < 60; tick++) {
        wakeSleepers();
        const i = pick();
        if (i < 0) {
            idleTicks = i32(idleTicks + 1);
            continue;
        }
        tasks[i].runSlice(10);
        console.log(`tick ${tick}: run ${i} (prio ${tasks[i].prio}) work left ${tasks[i].work} state ${tasks[i].state}`);
    }
    for (const t of tasks) {
        console.log(`task ${t.id}: prio ${t.prio} state ${t.state} runs ${t.runs}`);
    }
    console.log(`idle ticks ${idleTicks}`);
    return 0;
}

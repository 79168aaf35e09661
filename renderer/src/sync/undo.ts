/**
 * Undo/redo of this person's own changes across the area's documents. One Y.UndoManager per document
 * tracks only transactions whose origin is this window's command context, so others' edits are never
 * undone; a shared order of documents makes Ctrl+Z undo the latest change wherever it was made.
 */
import * as Y from 'yjs';

type StackEvent = { origin: unknown; type: 'undo' | 'redo' };

export class CrossDocUndo {
  private readonly managers = new Map<string, Y.UndoManager>();
  private undoOrder: string[] = [];
  private redoOrder: string[] = [];
  private readonly listeners = new Set<() => void>();
  private version = 0;

  constructor(private readonly origin: object) {}

  /** Tracks the given top-level types of a document (e.g. `innovations`, `replicationPlans`). */
  track(name: string, doc: Y.Doc, typeNames: readonly string[]): void {
    if (this.managers.has(name)) return;
    const manager = new Y.UndoManager(
      typeNames.map((typeName) => doc.getMap(typeName)),
      { trackedOrigins: new Set([this.origin]), captureTimeout: 600 },
    );
    manager.on('stack-item-added', (event: StackEvent) => {
      if (event.type === 'redo') this.redoOrder.push(name);
      else {
        this.undoOrder.push(name);
        // A fresh change (not a redo) makes every document's redo history obsolete.
        if (event.origin !== manager) this.clearRedo();
      }
      this.changed();
    });
    manager.on('stack-item-popped', () => this.changed());
    this.managers.set(name, manager);
  }

  private clearRedo(): void {
    this.redoOrder = [];
    for (const manager of this.managers.values()) manager.clear(false, true);
  }

  private changed(): void {
    this.version += 1;
    for (const listener of this.listeners) listener();
  }

  canUndo(): boolean {
    return this.undoOrder.length > 0;
  }

  canRedo(): boolean {
    return this.redoOrder.length > 0;
  }

  undo(): boolean {
    return this.step(this.undoOrder, (manager) => manager.undo());
  }

  redo(): boolean {
    return this.step(this.redoOrder, (manager) => manager.redo());
  }

  /** Stack items may have emptied (e.g. another person deleted what we edited): skip those. */
  private step(order: string[], run: (manager: Y.UndoManager) => unknown): boolean {
    while (order.length > 0) {
      const name = order.pop() as string;
      const manager = this.managers.get(name);
      if (manager && run(manager) !== null) {
        this.changed();
        return true;
      }
    }
    this.changed();
    return false;
  }

  snapshotVersion = (): number => this.version;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  destroy(): void {
    for (const manager of this.managers.values()) manager.destroy();
    this.managers.clear();
    this.listeners.clear();
  }
}

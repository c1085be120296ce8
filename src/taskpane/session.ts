import { createOfficePort } from "../excel/officePort";
import { Controller } from "./controller";
import { defaultEngine } from "./engine/Engine";

let controller: Controller | null = null;

/** The one controller of this runtime: the pane and the ribbon buttons share it. */
export function getController(): Controller {
  if (!controller) controller = new Controller(createOfficePort(), defaultEngine());
  return controller;
}

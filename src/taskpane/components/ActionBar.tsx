import * as React from "react";
import {
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Overflow,
  OverflowItem,
  Toolbar,
  ToolbarButton,
  useIsOverflowItemVisible,
  useOverflowMenu,
  makeStyles,
} from "@fluentui/react-components";
import { MoreHorizontal20Regular } from "@fluentui/react-icons";

export interface PaneAction {
  id: string;
  label: string;
  icon: React.ReactElement;
  onClick: () => void;
  disabled?: boolean;
  primary?: boolean;
  /** Higher stays visible longer as the pane narrows. */
  priority: number;
}

// Icon above a short label: four or five actions fit in a 320 px pane before the menu takes the rest.
const useStyles = makeStyles({
  button: { minWidth: "auto", maxWidth: "96px", paddingLeft: "6px", paddingRight: "6px", lineHeight: "16px" },
});

function OverflowMenuItem({ action }: { action: PaneAction }) {
  const visible = useIsOverflowItemVisible(action.id);
  if (visible) return null;
  return (
    <MenuItem icon={action.icon} disabled={action.disabled} onClick={action.onClick}>
      {action.label}
    </MenuItem>
  );
}

function OverflowMenu({ actions, label }: { actions: readonly PaneAction[]; label: string }) {
  const { ref, isOverflowing } = useOverflowMenu<HTMLButtonElement>();
  if (!isOverflowing) return null;
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <ToolbarButton ref={ref} icon={<MoreHorizontal20Regular />} aria-label={label} title={label} />
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {actions.map((a) => (
            <OverflowMenuItem key={a.id} action={a} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

/** The pane's actions as a Fluent toolbar: icons with labels; what does not fit goes in a menu. */
export function ActionBar({ actions, label, more }: { actions: readonly PaneAction[]; label: string; more: string }) {
  const styles = useStyles();
  return (
    <Overflow padding={8}>
      <Toolbar aria-label={label} size="small" style={{ flexWrap: "nowrap", minWidth: 0, padding: 0 }}>
        {actions.map((a) => (
          <OverflowItem key={a.id} id={a.id} priority={a.priority}>
            <ToolbarButton
              appearance={a.primary ? "primary" : "subtle"}
              className={styles.button}
              vertical
              icon={a.icon}
              disabled={a.disabled}
              onClick={a.onClick}
            >
              {a.label}
            </ToolbarButton>
          </OverflowItem>
        ))}
        <OverflowMenu actions={actions} label={more} />
      </Toolbar>
    </Overflow>
  );
}

# 1 "func_void_functions_globals.sy"
# 1 "<built-in>" 1
# 1 "<built-in>" 3
# 361 "<built-in>" 3
# 1 "<command line>" 1
# 1 "<built-in>" 2
# 1 "./sylib.h" 1



int getint(void);
int getch(void);
float getfloat(void);
int getarray(int a[]);
int getfarray(float a[]);
void putint(int a);
void putch(int a);
void putfloat(float a);
void putarray(int n, int a[]);
void putfarray(int n, float a[]);
void putf(char a[], ...);
void starttime(void);
void stoptime(void);
# 2 "<built-in>" 2
# 1 "func_void_functions_globals.sy" 2

int regs[8];
int pc = 0;
int halted = 0;
int steps = 0;

void set(int r, int v) { regs[r] = v; }
void add(int d, int a, int b) { regs[d] = (regs[a] + regs[b]) % 1000000; }
void sub(int d, int a, int b) { regs[d] = regs[a] - regs[b]; }
void jump_if_pos(int r, int target) {
  if (regs[r] > 0) pc = target;
  else pc = pc + 1;
}
void nothing() {}
void report() {
  putf("pc=%d steps=%d:", pc, steps);
  int i = 0;
  while (i < 8) { putch(32); putint(regs[i]); i = i + 1; }
  putch(10);
}

void execute(int op, int x, int y, int z) {
  steps = steps + 1;
  if (op == 0) { set(x, y); pc = pc + 1; return; }
  if (op == 1) { add(x, y, z); pc = pc + 1; return; }
  if (op == 2) { sub(x, y, z); pc = pc + 1; return; }
  if (op == 3) { jump_if_pos(x, y); return; }
  if (op == 4) { report(); pc = pc + 1; return; }
  nothing();
  halted = 1;
}

int program[12][4] = {
  {0, 0, 0}, {0, 1, 1}, {0, 2, 20}, {0, 3, 1}, {0, 7, 0},
  {1, 4, 0, 1},
  {1, 0, 1, 7},
  {1, 1, 4, 7},
  {2, 2, 2, 3},
  {3, 2, 5},
  {4},
  {9}
};

int main() {
  while (!halted && steps < 1000) {
    execute(program[pc][0], program[pc][1], program[pc][2], program[pc][3]);
  }
  report();
  return regs[1] % 256;
}

# 1 "func_hanoi_moves.sy"
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
# 1 "func_hanoi_moves.sy" 2

int moves = 0;
int pegs[3];
int log_from[16], log_to[16];

void move_disk(int from, int to) {
  pegs[from] = pegs[from] - 1;
  pegs[to] = pegs[to] + 1;
  if (moves < 16) {
    log_from[moves] = from;
    log_to[moves] = to;
  }
  moves = moves + 1;
}

void hanoi(int n, int from, int to, int via) {
  if (n == 0) return;
  hanoi(n - 1, from, via, to);
  move_disk(from, to);
  hanoi(n - 1, via, to, from);
}

int main() {
  int n = getint();
  pegs[0] = n;
  hanoi(n, 0, 2, 1);
  int i = 0;
  while (i < moves && i < 16) {
    putch(65 + log_from[i]);
    putch(62);
    putch(65 + log_to[i]);
    putch(32);
    i = i + 1;
  }
  putch(10);
  putf("disks=%d moves=%d pegs=%d,%d,%d\n", n, moves, pegs[0], pegs[1], pegs[2]);
  return moves % 256;
}

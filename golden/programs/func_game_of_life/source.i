# 1 "func_game_of_life.sy"
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
# 1 "func_game_of_life.sy" 2

int cur[12][12];
int nxt[12][12];

int neighbours(int r, int c) {
  int n = 0, dr = -1;
  while (dr <= 1) {
    int dc = -1;
    while (dc <= 1) {
      if (dr != 0 || dc != 0) {
        int rr = (r + dr + 12) % 12;
        int cc = (c + dc + 12) % 12;
        n = n + cur[rr][cc];
      }
      dc = dc + 1;
    }
    dr = dr + 1;
  }
  return n;
}

int step() {
  int r = 0, alive = 0;
  while (r < 12) {
    int c = 0;
    while (c < 12) {
      int k = neighbours(r, c);
      if (cur[r][c]) nxt[r][c] = k == 2 || k == 3;
      else nxt[r][c] = k == 3;
      c = c + 1;
    }
    r = r + 1;
  }
  r = 0;
  while (r < 12) {
    int c = 0;
    while (c < 12) {
      cur[r][c] = nxt[r][c];
      alive = alive + cur[r][c];
      c = c + 1;
    }
    r = r + 1;
  }
  return alive;
}

void show() {
  int r = 0;
  while (r < 12) {
    int c = 0;
    while (c < 12) {
      if (cur[r][c]) putch(35); else putch(46);
      c = c + 1;
    }
    putch(10);
    r = r + 1;
  }
}

int main() {

  cur[0][1] = 1; cur[1][2] = 1; cur[2][0] = 1; cur[2][1] = 1; cur[2][2] = 1;
  cur[6][6] = 1; cur[6][7] = 1; cur[6][8] = 1;
  cur[9][2] = 1; cur[9][3] = 1; cur[10][2] = 1; cur[10][3] = 1;
  int g = 0, alive = 0;
  while (g < 9) {
    alive = step();
    putint(alive);
    putch(32);
    g = g + 1;
  }
  putch(10);
  show();
  return alive;
}

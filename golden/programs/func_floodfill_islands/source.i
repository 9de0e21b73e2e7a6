# 1 "func_floodfill_islands.sy"
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
# 1 "func_floodfill_islands.sy" 2

int grid[10][12] = {
  {1, 1, 0, 0, 0, 1, 0, 0, 1, 1, 1, 0},
  {1, 0, 0, 1, 0, 1, 1, 0, 0, 0, 1, 0},
  {0, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0},
  {0, 1, 0, 0, 0, 0, 0, 0, 1, 1, 0, 1},
  {1, 1, 1, 0, 1, 1, 1, 0, 0, 1, 0, 1},
  {0, 0, 1, 0, 1, 0, 1, 0, 0, 0, 0, 1},
  {0, 0, 0, 0, 1, 1, 1, 0, 1, 1, 0, 0},
  {1, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 1},
  {1, 0, 1, 1, 1, 0, 1, 1, 1, 0, 1, 1},
  {1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0}
};
int label[10][12];

int fill(int r, int c, int id) {
  if (r < 0 || r >= 10 || c < 0 || c >= 12) return 0;
  if (grid[r][c] == 0 || label[r][c] != 0) return 0;
  label[r][c] = id;
  return 1 + fill(r + 1, c, id) + fill(r - 1, c, id) + fill(r, c + 1, id) + fill(r, c - 1, id);
}

int main() {
  int sizes[60];
  int islands = 0, r = 0;
  while (r < 10) {
    int c = 0;
    while (c < 12) {
      if (grid[r][c] && !label[r][c]) {
        islands = islands + 1;
        sizes[islands - 1] = fill(r, c, islands);
      }
      c = c + 1;
    }
    r = r + 1;
  }
  putarray(islands, sizes);
  r = 0;
  while (r < 10) {
    int c = 0;
    while (c < 12) {
      if (label[r][c] == 0) putch(46);
      else putch(64 + label[r][c]);
      c = c + 1;
    }
    putch(10);
    r = r + 1;
  }
  return islands;
}

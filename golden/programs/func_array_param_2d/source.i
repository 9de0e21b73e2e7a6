# 1 "func_array_param_2d.sy"
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
# 1 "func_array_param_2d.sy" 2

int grid[5][6];
int cube[3][4][5];

void fill(int g[][6], int rows) {
  int r = 0;
  while (r < rows) {
    int c = 0;
    while (c < 6) {
      g[r][c] = (r + 1) * (c + 2) % 7;
      c = c + 1;
    }
    r = r + 1;
  }
}

int row_max(int row[], int n) {
  int m = row[0], i = 1;
  while (i < n) {
    if (row[i] > m) m = row[i];
    i = i + 1;
  }
  return m;
}

int col_sum(int g[][6], int rows, int c) {
  int s = 0, r = 0;
  while (r < rows) { s = s + g[r][c]; r = r + 1; }
  return s;
}

int cube_sum(int k[][4][5]) {
  int s = 0, i = 0;
  while (i < 3) {
    int j = 0;
    while (j < 4) {
      int l = 0;
      while (l < 5) { s = s + k[i][j][l]; l = l + 1; }
      j = j + 1;
    }
    i = i + 1;
  }
  return s;
}

void scale_plane(int plane[][5], int factor) {
  int j = 0;
  while (j < 4) {
    int l = 0;
    while (l < 5) { plane[j][l] = plane[j][l] * factor; l = l + 1; }
    j = j + 1;
  }
}

int main() {
  fill(grid, 5);
  int r = 0;
  while (r < 5) {
    putarray(6, grid[r]);
    r = r + 1;
  }
  int maxes[5];
  r = 0;
  while (r < 5) { maxes[r] = row_max(grid[r], 6); r = r + 1; }
  putarray(5, maxes);
  int c = 0;
  while (c < 6) { putint(col_sum(grid, 5, c)); putch(32); c = c + 1; }
  putch(10);
  int i = 0;
  while (i < 60) {
    cube[i / 20][i / 5 % 4][i % 5] = i % 9;
    i = i + 1;
  }
  putint(cube_sum(cube)); putch(10);
  scale_plane(cube[1], 3);
  putint(cube_sum(cube)); putch(10);
  putarray(5, cube[1][2]);
  return cube_sum(cube) % 256;
}

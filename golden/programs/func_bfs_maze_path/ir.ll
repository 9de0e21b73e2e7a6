; ModuleID = 'func_bfs_maze_path.sy'
source_filename = "func_bfs_maze_path.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@maze = dso_local global [9 x [9 x i32]] [[9 x i32] [i32 0, i32 0, i32 1, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0], [9 x i32] [i32 1, i32 0, i32 1, i32 0, i32 1, i32 1, i32 1, i32 1, i32 0], [9 x i32] [i32 0, i32 0, i32 0, i32 0, i32 1, i32 0, i32 0, i32 0, i32 0], [9 x i32] [i32 0, i32 1, i32 1, i32 1, i32 1, i32 0, i32 1, i32 1, i32 1], [9 x i32] [i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 1, i32 0, i32 0], [9 x i32] [i32 1, i32 1, i32 1, i32 0, i32 1, i32 1, i32 1, i32 0, i32 1], [9 x i32] [i32 0, i32 0, i32 0, i32 0, i32 1, i32 0, i32 0, i32 0, i32 0], [9 x i32] [i32 0, i32 1, i32 1, i32 1, i32 1, i32 0, i32 1, i32 1, i32 0], [9 x i32] [i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 1, i32 0, i32 0]], align 16
@dr = dso_local global [4 x i32] [i32 1, i32 -1, i32 0, i32 0], align 16
@dc = dso_local global [4 x i32] [i32 0, i32 0, i32 1, i32 -1], align 16
@dist = dso_local global [9 x [9 x i32]] zeroinitializer, align 16
@queue = dso_local global [81 x i32] zeroinitializer, align 16
@prev = dso_local global [81 x i32] zeroinitializer, align 16
@.str = private unnamed_addr constant [24 x i8] c"visited=%d distance=%d\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  store i32 0, i32* %1, align 4
  store i32 0, i32* %2, align 4
  br label %14

14:                                               ; preds = %30, %0
  %15 = load i32, i32* %2, align 4
  %16 = icmp slt i32 %15, 9
  br i1 %16, label %17, label %33

17:                                               ; preds = %14
  store i32 0, i32* %3, align 4
  br label %18

18:                                               ; preds = %21, %17
  %19 = load i32, i32* %3, align 4
  %20 = icmp slt i32 %19, 9
  br i1 %20, label %21, label %30

21:                                               ; preds = %18
  %22 = load i32, i32* %2, align 4
  %23 = sext i32 %22 to i64
  %24 = getelementptr inbounds [9 x [9 x i32]], [9 x [9 x i32]]* @dist, i64 0, i64 %23
  %25 = load i32, i32* %3, align 4
  %26 = sext i32 %25 to i64
  %27 = getelementptr inbounds [9 x i32], [9 x i32]* %24, i64 0, i64 %26
  store i32 -1, i32* %27, align 4
  %28 = load i32, i32* %3, align 4
  %29 = add nsw i32 %28, 1
  store i32 %29, i32* %3, align 4
  br label %18, !llvm.loop !6

30:                                               ; preds = %18
  %31 = load i32, i32* %2, align 4
  %32 = add nsw i32 %31, 1
  store i32 %32, i32* %2, align 4
  br label %14, !llvm.loop !8

33:                                               ; preds = %14
  store i32 0, i32* %4, align 4
  store i32 0, i32* %5, align 4
  %34 = load i32, i32* %5, align 4
  %35 = sext i32 %34 to i64
  %36 = getelementptr inbounds [81 x i32], [81 x i32]* @queue, i64 0, i64 %35
  store i32 0, i32* %36, align 4
  %37 = load i32, i32* %5, align 4
  %38 = add nsw i32 %37, 1
  store i32 %38, i32* %5, align 4
  store i32 0, i32* getelementptr inbounds ([9 x [9 x i32]], [9 x [9 x i32]]* @dist, i64 0, i64 0, i64 0), align 16
  store i32 -1, i32* getelementptr inbounds ([81 x i32], [81 x i32]* @prev, i64 0, i64 0), align 16
  br label %39

39:                                               ; preds = %133, %33
  %40 = load i32, i32* %4, align 4
  %41 = load i32, i32* %5, align 4
  %42 = icmp slt i32 %40, %41
  br i1 %42, label %43, label %134

43:                                               ; preds = %39
  %44 = load i32, i32* %4, align 4
  %45 = sext i32 %44 to i64
  %46 = getelementptr inbounds [81 x i32], [81 x i32]* @queue, i64 0, i64 %45
  %47 = load i32, i32* %46, align 4
  store i32 %47, i32* %6, align 4
  %48 = load i32, i32* %4, align 4
  %49 = add nsw i32 %48, 1
  store i32 %49, i32* %4, align 4
  %50 = load i32, i32* %6, align 4
  %51 = sdiv i32 %50, 9
  store i32 %51, i32* %7, align 4
  %52 = load i32, i32* %6, align 4
  %53 = srem i32 %52, 9
  store i32 %53, i32* %8, align 4
  store i32 0, i32* %9, align 4
  br label %54

54:                                               ; preds = %130, %43
  %55 = load i32, i32* %9, align 4
  %56 = icmp slt i32 %55, 4
  br i1 %56, label %57, label %133

57:                                               ; preds = %54
  %58 = load i32, i32* %7, align 4
  %59 = load i32, i32* %9, align 4
  %60 = sext i32 %59 to i64
  %61 = getelementptr inbounds [4 x i32], [4 x i32]* @dr, i64 0, i64 %60
  %62 = load i32, i32* %61, align 4
  %63 = add nsw i32 %58, %62
  store i32 %63, i32* %10, align 4
  %64 = load i32, i32* %8, align 4
  %65 = load i32, i32* %9, align 4
  %66 = sext i32 %65 to i64
  %67 = getelementptr inbounds [4 x i32], [4 x i32]* @dc, i64 0, i64 %66
  %68 = load i32, i32* %67, align 4
  %69 = add nsw i32 %64, %68
  store i32 %69, i32* %11, align 4
  %70 = load i32, i32* %10, align 4
  %71 = icmp sge i32 %70, 0
  br i1 %71, label %72, label %130

72:                                               ; preds = %57
  %73 = load i32, i32* %10, align 4
  %74 = icmp slt i32 %73, 9
  br i1 %74, label %75, label %130

75:                                               ; preds = %72
  %76 = load i32, i32* %11, align 4
  %77 = icmp sge i32 %76, 0
  br i1 %77, label %78, label %130

78:                                               ; preds = %75
  %79 = load i32, i32* %11, align 4
  %80 = icmp slt i32 %79, 9
  br i1 %80, label %81, label %130

81:                                               ; preds = %78
  %82 = load i32, i32* %10, align 4
  %83 = sext i32 %82 to i64
  %84 = getelementptr inbounds [9 x [9 x i32]], [9 x [9 x i32]]* @maze, i64 0, i64 %83
  %85 = load i32, i32* %11, align 4
  %86 = sext i32 %85 to i64
  %87 = getelementptr inbounds [9 x i32], [9 x i32]* %84, i64 0, i64 %86
  %88 = load i32, i32* %87, align 4
  %89 = icmp eq i32 %88, 0
  br i1 %89, label %90, label %130

90:                                               ; preds = %81
  %91 = load i32, i32* %10, align 4
  %92 = sext i32 %91 to i64
  %93 = getelementptr inbounds [9 x [9 x i32]], [9 x [9 x i32]]* @dist, i64 0, i64 %92
  %94 = load i32, i32* %11, align 4
  %95 = sext i32 %94 to i64
  %96 = getelementptr inbounds [9 x i32], [9 x i32]* %93, i64 0, i64 %95
  %97 = load i32, i32* %96, align 4
  %98 = icmp slt i32 %97, 0
  br i1 %98, label %99, label %130

99:                                               ; preds = %90
  %100 = load i32, i32* %7, align 4
  %101 = sext i32 %100 to i64
  %102 = getelementptr inbounds [9 x [9 x i32]], [9 x [9 x i32]]* @dist, i64 0, i64 %101
  %103 = load i32, i32* %8, align 4
  %104 = sext i32 %103 to i64
  %105 = getelementptr inbounds [9 x i32], [9 x i32]* %102, i64 0, i64 %104
  %106 = load i32, i32* %105, align 4
  %107 = add nsw i32 %106, 1
  %108 = load i32, i32* %10, align 4
  %109 = sext i32 %108 to i64
  %110 = getelementptr inbounds [9 x [9 x i32]], [9 x [9 x i32]]* @dist, i64 0, i64 %109
  %111 = load i32, i32* %11, align 4
  %112 = sext i32 %111 to i64
  %113 = getelementptr inbounds [9 x i32], [9 x i32]* %110, i64 0, i64 %112
  store i32 %107, i32* %113, align 4
  %114 = load i32, i32* %6, align 4
  %115 = load i32, i32* %10, align 4
  %116 = mul nsw i32 %115, 9
  %117 = load i32, i32* %11, align 4
  %118 = add nsw i32 %116, %117
  %119 = sext i32 %118 to i64
  %120 = getelementptr inbounds [81 x i32], [81 x i32]* @prev, i64 0, i64 %119
  store i32 %114, i32* %120, align 4
  %121 = load i32, i32* %10, align 4
  %122 = mul nsw i32 %121, 9
  %123 = load i32, i32* %11, align 4
  %124 = add nsw i32 %122, %123
  %125 = load i32, i32* %5, align 4
  %126 = sext i32 %125 to i64
  %127 = getelementptr inbounds [81 x i32], [81 x i32]* @queue, i64 0, i64 %126
  store i32 %124, i32* %127, align 4
  %128 = load i32, i32* %5, align 4
  %129 = add nsw i32 %128, 1
  store i32 %129, i32* %5, align 4
  br label %130

130:                                              ; preds = %99, %90, %81, %78, %75, %72, %57
  %131 = load i32, i32* %9, align 4
  %132 = add nsw i32 %131, 1
  store i32 %132, i32* %9, align 4
  br label %54, !llvm.loop !9

133:                                              ; preds = %54
  br label %39, !llvm.loop !10

134:                                              ; preds = %39
  %135 = load i32, i32* %5, align 4
  %136 = load i32, i32* getelementptr inbounds ([9 x [9 x i32]], [9 x [9 x i32]]* @dist, i64 0, i64 8, i64 8), align 16
  call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([24 x i8], [24 x i8]* @.str, i64 0, i64 0), i32 noundef %135, i32 noundef %136)
  store i32 80, i32* %12, align 4
  br label %137

137:                                              ; preds = %140, %134
  %138 = load i32, i32* %12, align 4
  %139 = icmp sge i32 %138, 0
  br i1 %139, label %140, label %153

140:                                              ; preds = %137
  %141 = load i32, i32* %12, align 4
  %142 = sdiv i32 %141, 9
  %143 = sext i32 %142 to i64
  %144 = getelementptr inbounds [9 x [9 x i32]], [9 x [9 x i32]]* @maze, i64 0, i64 %143
  %145 = load i32, i32* %12, align 4
  %146 = srem i32 %145, 9
  %147 = sext i32 %146 to i64
  %148 = getelementptr inbounds [9 x i32], [9 x i32]* %144, i64 0, i64 %147
  store i32 2, i32* %148, align 4
  %149 = load i32, i32* %12, align 4
  %150 = sext i32 %149 to i64
  %151 = getelementptr inbounds [81 x i32], [81 x i32]* @prev, i64 0, i64 %150
  %152 = load i32, i32* %151, align 4
  store i32 %152, i32* %12, align 4
  br label %137, !llvm.loop !11

153:                                              ; preds = %137
  store i32 0, i32* %2, align 4
  br label %154

154:                                              ; preds = %186, %153
  %155 = load i32, i32* %2, align 4
  %156 = icmp slt i32 %155, 9
  br i1 %156, label %157, label %189

157:                                              ; preds = %154
  store i32 0, i32* %13, align 4
  br label %158

158:                                              ; preds = %183, %157
  %159 = load i32, i32* %13, align 4
  %160 = icmp slt i32 %159, 9
  br i1 %160, label %161, label %186

161:                                              ; preds = %158
  %162 = load i32, i32* %2, align 4
  %163 = sext i32 %162 to i64
  %164 = getelementptr inbounds [9 x [9 x i32]], [9 x [9 x i32]]* @maze, i64 0, i64 %163
  %165 = load i32, i32* %13, align 4
  %166 = sext i32 %165 to i64
  %167 = getelementptr inbounds [9 x i32], [9 x i32]* %164, i64 0, i64 %166
  %168 = load i32, i32* %167, align 4
  %169 = icmp eq i32 %168, 1
  br i1 %169, label %170, label %171

170:                                              ; preds = %161
  call void @putch(i32 noundef 35)
  br label %183

171:                                              ; preds = %161
  %172 = load i32, i32* %2, align 4
  %173 = sext i32 %172 to i64
  %174 = getelementptr inbounds [9 x [9 x i32]], [9 x [9 x i32]]* @maze, i64 0, i64 %173
  %175 = load i32, i32* %13, align 4
  %176 = sext i32 %175 to i64
  %177 = getelementptr inbounds [9 x i32], [9 x i32]* %174, i64 0, i64 %176
  %178 = load i32, i32* %177, align 4
  %179 = icmp eq i32 %178, 2
  br i1 %179, label %180, label %181

180:                                              ; preds = %171
  call void @putch(i32 noundef 42)
  br label %182

181:                                              ; preds = %171
  call void @putch(i32 noundef 46)
  br label %182

182:                                              ; preds = %181, %180
  br label %183

183:                                              ; preds = %182, %170
  %184 = load i32, i32* %13, align 4
  %185 = add nsw i32 %184, 1
  store i32 %185, i32* %13, align 4
  br label %158, !llvm.loop !12

186:                                              ; preds = %158
  call void @putch(i32 noundef 10)
  %187 = load i32, i32* %2, align 4
  %188 = add nsw i32 %187, 1
  store i32 %188, i32* %2, align 4
  br label %154, !llvm.loop !13

189:                                              ; preds = %154
  %190 = load i32, i32* getelementptr inbounds ([9 x [9 x i32]], [9 x [9 x i32]]* @dist, i64 0, i64 8, i64 8), align 16
  ret i32 %190
}

declare void @putf(i8* noundef, ...) #1

declare void @putch(i32 noundef) #1

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 1}
!4 = !{i32 7, !"frame-pointer", i32 2}
!5 = !{!"Debian clang version 14.0.6"}
!6 = distinct !{!6, !7}
!7 = !{!"llvm.loop.mustprogress"}
!8 = distinct !{!8, !7}
!9 = distinct !{!9, !7}
!10 = distinct !{!10, !7}
!11 = distinct !{!11, !7}
!12 = distinct !{!12, !7}
!13 = distinct !{!13, !7}

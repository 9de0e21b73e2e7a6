; ModuleID = 'func_bfs_maze_path.sy'
source_filename = "func_bfs_maze_path.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@maze = dso_local local_unnamed_addr global [9 x [9 x i32]] [[9 x i32] [i32 0, i32 0, i32 1, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0], [9 x i32] [i32 1, i32 0, i32 1, i32 0, i32 1, i32 1, i32 1, i32 1, i32 0], [9 x i32] [i32 0, i32 0, i32 0, i32 0, i32 1, i32 0, i32 0, i32 0, i32 0], [9 x i32] [i32 0, i32 1, i32 1, i32 1, i32 1, i32 0, i32 1, i32 1, i32 1], [9 x i32] [i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 1, i32 0, i32 0], [9 x i32] [i32 1, i32 1, i32 1, i32 0, i32 1, i32 1, i32 1, i32 0, i32 1], [9 x i32] [i32 0, i32 0, i32 0, i32 0, i32 1, i32 0, i32 0, i32 0, i32 0], [9 x i32] [i32 0, i32 1, i32 1, i32 1, i32 1, i32 0, i32 1, i32 1, i32 0], [9 x i32] [i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 1, i32 0, i32 0]], align 16
@dr = dso_local local_unnamed_addr global [4 x i32] [i32 1, i32 -1, i32 0, i32 0], align 16
@dc = dso_local local_unnamed_addr global [4 x i32] [i32 0, i32 0, i32 1, i32 -1], align 16
@dist = dso_local local_unnamed_addr global [9 x [9 x i32]] zeroinitializer, align 16
@queue = dso_local local_unnamed_addr global [81 x i32] zeroinitializer, align 16
@prev = dso_local local_unnamed_addr global [81 x i32] zeroinitializer, align 16
@.str = private unnamed_addr constant [24 x i8] c"visited=%d distance=%d\0A\00", align 1

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 16 dereferenceable(324) bitcast ([9 x [9 x i32]]* @dist to i8*), i8 -1, i64 324, i1 false), !tbaa !5
  store i32 0, i32* getelementptr inbounds ([81 x i32], [81 x i32]* @queue, i64 0, i64 0), align 16, !tbaa !5
  store i32 0, i32* getelementptr inbounds ([9 x [9 x i32]], [9 x [9 x i32]]* @dist, i64 0, i64 0, i64 0), align 16, !tbaa !5
  store i32 -1, i32* getelementptr inbounds ([81 x i32], [81 x i32]* @prev, i64 0, i64 0), align 16, !tbaa !5
  %1 = load i32, i32* getelementptr inbounds ([4 x i32], [4 x i32]* @dr, i64 0, i64 0), align 16, !tbaa !5
  %2 = load i32, i32* getelementptr inbounds ([4 x i32], [4 x i32]* @dc, i64 0, i64 0), align 16, !tbaa !5
  %3 = load i32, i32* getelementptr inbounds ([4 x i32], [4 x i32]* @dr, i64 0, i64 1), align 4, !tbaa !5
  %4 = load i32, i32* getelementptr inbounds ([4 x i32], [4 x i32]* @dc, i64 0, i64 1), align 4, !tbaa !5
  %5 = load i32, i32* getelementptr inbounds ([4 x i32], [4 x i32]* @dr, i64 0, i64 2), align 8, !tbaa !5
  %6 = load i32, i32* getelementptr inbounds ([4 x i32], [4 x i32]* @dc, i64 0, i64 2), align 8, !tbaa !5
  %7 = load i32, i32* getelementptr inbounds ([4 x i32], [4 x i32]* @dr, i64 0, i64 3), align 4, !tbaa !5
  %8 = load i32, i32* getelementptr inbounds ([4 x i32], [4 x i32]* @dc, i64 0, i64 3), align 4, !tbaa !5
  br label %9

9:                                                ; preds = %137, %0
  %10 = phi i32 [ 0, %0 ], [ %139, %137 ]
  %11 = phi i64 [ 0, %0 ], [ %134, %137 ]
  %12 = phi i32 [ 1, %0 ], [ %133, %137 ]
  %13 = sdiv i32 %10, 9
  %14 = srem i32 %10, 9
  %15 = sext i32 %13 to i64
  %16 = sext i32 %14 to i64
  %17 = getelementptr inbounds [9 x [9 x i32]], [9 x [9 x i32]]* @dist, i64 0, i64 %15, i64 %16
  %18 = add nsw i32 %1, %13
  %19 = add nsw i32 %2, %14
  %20 = icmp ult i32 %18, 9
  %21 = icmp sgt i32 %19, -1
  %22 = select i1 %20, i1 %21, i1 false
  %23 = icmp slt i32 %19, 9
  %24 = select i1 %22, i1 %23, i1 false
  br i1 %24, label %25, label %45

25:                                               ; preds = %9
  %26 = zext i32 %18 to i64
  %27 = zext i32 %19 to i64
  %28 = getelementptr inbounds [9 x [9 x i32]], [9 x [9 x i32]]* @maze, i64 0, i64 %26, i64 %27
  %29 = load i32, i32* %28, align 4, !tbaa !5
  %30 = icmp eq i32 %29, 0
  br i1 %30, label %31, label %45

31:                                               ; preds = %25
  %32 = getelementptr inbounds [9 x [9 x i32]], [9 x [9 x i32]]* @dist, i64 0, i64 %26, i64 %27
  %33 = load i32, i32* %32, align 4, !tbaa !5
  %34 = icmp slt i32 %33, 0
  br i1 %34, label %35, label %45

35:                                               ; preds = %31
  %36 = load i32, i32* %17, align 4, !tbaa !5
  %37 = add nsw i32 %36, 1
  store i32 %37, i32* %32, align 4, !tbaa !5
  %38 = mul nuw nsw i32 %18, 9
  %39 = add nuw nsw i32 %38, %19
  %40 = zext i32 %39 to i64
  %41 = getelementptr inbounds [81 x i32], [81 x i32]* @prev, i64 0, i64 %40
  store i32 %10, i32* %41, align 4, !tbaa !5
  %42 = sext i32 %12 to i64
  %43 = getelementptr inbounds [81 x i32], [81 x i32]* @queue, i64 0, i64 %42
  store i32 %39, i32* %43, align 4, !tbaa !5
  %44 = add nsw i32 %12, 1
  br label %45

45:                                               ; preds = %35, %31, %25, %9
  %46 = phi i32 [ %44, %35 ], [ %12, %31 ], [ %12, %25 ], [ %12, %9 ]
  %47 = add nsw i32 %3, %13
  %48 = add nsw i32 %4, %14
  %49 = icmp ult i32 %47, 9
  %50 = icmp sgt i32 %48, -1
  %51 = select i1 %49, i1 %50, i1 false
  %52 = icmp slt i32 %48, 9
  %53 = select i1 %51, i1 %52, i1 false
  br i1 %53, label %54, label %74

54:                                               ; preds = %45
  %55 = zext i32 %47 to i64
  %56 = zext i32 %48 to i64
  %57 = getelementptr inbounds [9 x [9 x i32]], [9 x [9 x i32]]* @maze, i64 0, i64 %55, i64 %56
  %58 = load i32, i32* %57, align 4, !tbaa !5
  %59 = icmp eq i32 %58, 0
  br i1 %59, label %60, label %74

60:                                               ; preds = %54
  %61 = getelementptr inbounds [9 x [9 x i32]], [9 x [9 x i32]]* @dist, i64 0, i64 %55, i64 %56
  %62 = load i32, i32* %61, align 4, !tbaa !5
  %63 = icmp slt i32 %62, 0
  br i1 %63, label %64, label %74

64:                                               ; preds = %60
  %65 = load i32, i32* %17, align 4, !tbaa !5
  %66 = add nsw i32 %65, 1
  store i32 %66, i32* %61, align 4, !tbaa !5
  %67 = mul nuw nsw i32 %47, 9
  %68 = add nuw nsw i32 %67, %48
  %69 = zext i32 %68 to i64
  %70 = getelementptr inbounds [81 x i32], [81 x i32]* @prev, i64 0, i64 %69
  store i32 %10, i32* %70, align 4, !tbaa !5
  %71 = sext i32 %46 to i64
  %72 = getelementptr inbounds [81 x i32], [81 x i32]* @queue, i64 0, i64 %71
  store i32 %68, i32* %72, align 4, !tbaa !5
  %73 = add nsw i32 %46, 1
  br label %74

74:                                               ; preds = %64, %60, %54, %45
  %75 = phi i32 [ %73, %64 ], [ %46, %60 ], [ %46, %54 ], [ %46, %45 ]
  %76 = add nsw i32 %5, %13
  %77 = add nsw i32 %6, %14
  %78 = icmp ult i32 %76, 9
  %79 = icmp sgt i32 %77, -1
  %80 = select i1 %78, i1 %79, i1 false
  %81 = icmp slt i32 %77, 9
  %82 = select i1 %80, i1 %81, i1 false
  br i1 %82, label %83, label %103

83:                                               ; preds = %74
  %84 = zext i32 %76 to i64
  %85 = zext i32 %77 to i64
  %86 = getelementptr inbounds [9 x [9 x i32]], [9 x [9 x i32]]* @maze, i64 0, i64 %84, i64 %85
  %87 = load i32, i32* %86, align 4, !tbaa !5
  %88 = icmp eq i32 %87, 0
  br i1 %88, label %89, label %103

89:                                               ; preds = %83
  %90 = getelementptr inbounds [9 x [9 x i32]], [9 x [9 x i32]]* @dist, i64 0, i64 %84, i64 %85
  %91 = load i32, i32* %90, align 4, !tbaa !5
  %92 = icmp slt i32 %91, 0
  br i1 %92, label %93, label %103

93:                                               ; preds = %89
  %94 = load i32, i32* %17, align 4, !tbaa !5
  %95 = add nsw i32 %94, 1
  store i32 %95, i32* %90, align 4, !tbaa !5
  %96 = mul nuw nsw i32 %76, 9
  %97 = add nuw nsw i32 %96, %77
  %98 = zext i32 %97 to i64
  %99 = getelementptr inbounds [81 x i32], [81 x i32]* @prev, i64 0, i64 %98
  store i32 %10, i32* %99, align 4, !tbaa !5
  %100 = sext i32 %75 to i64
  %101 = getelementptr inbounds [81 x i32], [81 x i32]* @queue, i64 0, i64 %100
  store i32 %97, i32* %101, align 4, !tbaa !5
  %102 = add nsw i32 %75, 1
  br label %103

103:                                              ; preds = %93, %89, %83, %74
  %104 = phi i32 [ %102, %93 ], [ %75, %89 ], [ %75, %83 ], [ %75, %74 ]
  %105 = add nsw i32 %7, %13
  %106 = add nsw i32 %8, %14
  %107 = icmp ult i32 %105, 9
  %108 = icmp sgt i32 %106, -1
  %109 = select i1 %107, i1 %108, i1 false
  %110 = icmp slt i32 %106, 9
  %111 = select i1 %109, i1 %110, i1 false
  br i1 %111, label %112, label %132

112:                                              ; preds = %103
  %113 = zext i32 %105 to i64
  %114 = zext i32 %106 to i64
  %115 = getelementptr inbounds [9 x [9 x i32]], [9 x [9 x i32]]* @maze, i64 0, i64 %113, i64 %114
  %116 = load i32, i32* %115, align 4, !tbaa !5
  %117 = icmp eq i32 %116, 0
  br i1 %117, label %118, label %132

118:                                              ; preds = %112
  %119 = getelementptr inbounds [9 x [9 x i32]], [9 x [9 x i32]]* @dist, i64 0, i64 %113, i64 %114
  %120 = load i32, i32* %119, align 4, !tbaa !5
  %121 = icmp slt i32 %120, 0
  br i1 %121, label %122, label %132

122:                                              ; preds = %118
  %123 = load i32, i32* %17, align 4, !tbaa !5
  %124 = add nsw i32 %123, 1
  store i32 %124, i32* %119, align 4, !tbaa !5
  %125 = mul nuw nsw i32 %105, 9
  %126 = add nuw nsw i32 %125, %106
  %127 = zext i32 %126 to i64
  %128 = getelementptr inbounds [81 x i32], [81 x i32]* @prev, i64 0, i64 %127
  store i32 %10, i32* %128, align 4, !tbaa !5
  %129 = sext i32 %104 to i64
  %130 = getelementptr inbounds [81 x i32], [81 x i32]* @queue, i64 0, i64 %129
  store i32 %126, i32* %130, align 4, !tbaa !5
  %131 = add nsw i32 %104, 1
  br label %132

132:                                              ; preds = %122, %118, %112, %103
  %133 = phi i32 [ %131, %122 ], [ %104, %118 ], [ %104, %112 ], [ %104, %103 ]
  %134 = add nuw nsw i64 %11, 1
  %135 = sext i32 %133 to i64
  %136 = icmp slt i64 %134, %135
  br i1 %136, label %137, label %140, !llvm.loop !9

137:                                              ; preds = %132
  %138 = getelementptr inbounds [81 x i32], [81 x i32]* @queue, i64 0, i64 %134
  %139 = load i32, i32* %138, align 4, !tbaa !5
  br label %9

140:                                              ; preds = %132
  %141 = load i32, i32* getelementptr inbounds ([9 x [9 x i32]], [9 x [9 x i32]]* @dist, i64 0, i64 8, i64 8), align 16, !tbaa !5
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([24 x i8], [24 x i8]* @.str, i64 0, i64 0), i32 noundef %133, i32 noundef %141) #3
  br label %142

142:                                              ; preds = %140, %142
  %143 = phi i32 [ 80, %140 ], [ %151, %142 ]
  %144 = udiv i32 %143, 9
  %145 = zext i32 %144 to i64
  %146 = urem i32 %143, 9
  %147 = zext i32 %146 to i64
  %148 = getelementptr inbounds [9 x [9 x i32]], [9 x [9 x i32]]* @maze, i64 0, i64 %145, i64 %147
  store i32 2, i32* %148, align 4, !tbaa !5
  %149 = zext i32 %143 to i64
  %150 = getelementptr inbounds [81 x i32], [81 x i32]* @prev, i64 0, i64 %149
  %151 = load i32, i32* %150, align 4, !tbaa !5
  %152 = icmp sgt i32 %151, -1
  br i1 %152, label %142, label %153, !llvm.loop !11

153:                                              ; preds = %142, %153
  %154 = phi i64 [ %209, %153 ], [ 0, %142 ]
  %155 = getelementptr inbounds [9 x [9 x i32]], [9 x [9 x i32]]* @maze, i64 0, i64 %154, i64 0
  %156 = load i32, i32* %155, align 4, !tbaa !5
  %157 = icmp eq i32 %156, 2
  %158 = select i1 %157, i32 42, i32 46
  %159 = icmp eq i32 %156, 1
  %160 = select i1 %159, i32 35, i32 %158
  tail call void @putch(i32 noundef %160) #3
  %161 = getelementptr inbounds [9 x [9 x i32]], [9 x [9 x i32]]* @maze, i64 0, i64 %154, i64 1
  %162 = load i32, i32* %161, align 4, !tbaa !5
  %163 = icmp eq i32 %162, 2
  %164 = select i1 %163, i32 42, i32 46
  %165 = icmp eq i32 %162, 1
  %166 = select i1 %165, i32 35, i32 %164
  tail call void @putch(i32 noundef %166) #3
  %167 = getelementptr inbounds [9 x [9 x i32]], [9 x [9 x i32]]* @maze, i64 0, i64 %154, i64 2
  %168 = load i32, i32* %167, align 4, !tbaa !5
  %169 = icmp eq i32 %168, 2
  %170 = select i1 %169, i32 42, i32 46
  %171 = icmp eq i32 %168, 1
  %172 = select i1 %171, i32 35, i32 %170
  tail call void @putch(i32 noundef %172) #3
  %173 = getelementptr inbounds [9 x [9 x i32]], [9 x [9 x i32]]* @maze, i64 0, i64 %154, i64 3
  %174 = load i32, i32* %173, align 4, !tbaa !5
  %175 = icmp eq i32 %174, 2
  %176 = select i1 %175, i32 42, i32 46
  %177 = icmp eq i32 %174, 1
  %178 = select i1 %177, i32 35, i32 %176
  tail call void @putch(i32 noundef %178) #3
  %179 = getelementptr inbounds [9 x [9 x i32]], [9 x [9 x i32]]* @maze, i64 0, i64 %154, i64 4
  %180 = load i32, i32* %179, align 4, !tbaa !5
  %181 = icmp eq i32 %180, 2
  %182 = select i1 %181, i32 42, i32 46
  %183 = icmp eq i32 %180, 1
  %184 = select i1 %183, i32 35, i32 %182
  tail call void @putch(i32 noundef %184) #3
  %185 = getelementptr inbounds [9 x [9 x i32]], [9 x [9 x i32]]* @maze, i64 0, i64 %154, i64 5
  %186 = load i32, i32* %185, align 4, !tbaa !5
  %187 = icmp eq i32 %186, 2
  %188 = select i1 %187, i32 42, i32 46
  %189 = icmp eq i32 %186, 1
  %190 = select i1 %189, i32 35, i32 %188
  tail call void @putch(i32 noundef %190) #3
  %191 = getelementptr inbounds [9 x [9 x i32]], [9 x [9 x i32]]* @maze, i64 0, i64 %154, i64 6
  %192 = load i32, i32* %191, align 4, !tbaa !5
  %193 = icmp eq i32 %192, 2
  %194 = select i1 %193, i32 42, i32 46
  %195 = icmp eq i32 %192, 1
  %196 = select i1 %195, i32 35, i32 %194
  tail call void @putch(i32 noundef %196) #3
  %197 = getelementptr inbounds [9 x [9 x i32]], [9 x [9 x i32]]* @maze, i64 0, i64 %154, i64 7
  %198 = load i32, i32* %197, align 4, !tbaa !5
  %199 = icmp eq i32 %198, 2
  %200 = select i1 %199, i32 42, i32 46
  %201 = icmp eq i32 %198, 1
  %202 = select i1 %201, i32 35, i32 %200
  tail call void @putch(i32 noundef %202) #3
  %203 = getelementptr inbounds [9 x [9 x i32]], [9 x [9 x i32]]* @maze, i64 0, i64 %154, i64 8
  %204 = load i32, i32* %203, align 4, !tbaa !5
  %205 = icmp eq i32 %204, 2
  %206 = select i1 %205, i32 42, i32 46
  %207 = icmp eq i32 %204, 1
  %208 = select i1 %207, i32 35, i32 %206
  tail call void @putch(i32 noundef %208) #3
  tail call void @putch(i32 noundef 10) #3
  %209 = add nuw nsw i64 %154, 1
  %210 = icmp eq i64 %209, 9
  br i1 %210, label %211, label %153, !llvm.loop !12

211:                                              ; preds = %153
  %212 = load i32, i32* getelementptr inbounds ([9 x [9 x i32]], [9 x [9 x i32]]* @dist, i64 0, i64 8, i64 8), align 16, !tbaa !5
  ret i32 %212
}

declare void @putf(i8* noundef, ...) local_unnamed_addr #1

declare void @putch(i32 noundef) local_unnamed_addr #1

; Function Attrs: argmemonly nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #2

attributes #0 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { argmemonly nofree nounwind willreturn writeonly }
attributes #3 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 1}
!4 = !{!"Debian clang version 14.0.6"}
!5 = !{!6, !6, i64 0}
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.mustprogress"}
!11 = distinct !{!11, !10}
!12 = distinct !{!12, !10}

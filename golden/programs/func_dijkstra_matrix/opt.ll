; ModuleID = 'func_dijkstra_matrix.sy'
source_filename = "func_dijkstra_matrix.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@INF = dso_local local_unnamed_addr constant i32 1000000000, align 4
@parent = dso_local local_unnamed_addr global [20 x i32] zeroinitializer, align 16
@adj = dso_local local_unnamed_addr global [20 x [20 x i32]] zeroinitializer, align 16
@dist = dso_local local_unnamed_addr global [20 x i32] zeroinitializer, align 16
@done = dso_local local_unnamed_addr global [20 x i32] zeroinitializer, align 16
@.str = private unnamed_addr constant [14 x i8] c" unreachable\0A\00", align 1
@.str.1 = private unnamed_addr constant [9 x i8] c" %d via \00", align 1

; Function Attrs: nounwind uwtable
define dso_local void @print_path(i32 noundef %0) local_unnamed_addr #0 {
  %2 = sext i32 %0 to i64
  %3 = getelementptr inbounds [20 x i32], [20 x i32]* @parent, i64 0, i64 %2
  %4 = load i32, i32* %3, align 4, !tbaa !5
  %5 = icmp sgt i32 %4, -1
  br i1 %5, label %6, label %7

6:                                                ; preds = %1
  tail call void @print_path(i32 noundef %4)
  tail call void @putch(i32 noundef 45) #3
  tail call void @putch(i32 noundef 62) #3
  br label %7

7:                                                ; preds = %6, %1
  tail call void @putint(i32 noundef %0) #3
  ret void
}

declare void @putch(i32 noundef) local_unnamed_addr #1

declare void @putint(i32 noundef) local_unnamed_addr #1

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  %1 = tail call i32 @getint() #3
  %2 = tail call i32 @getint() #3
  %3 = icmp sgt i32 %1, 0
  br i1 %3, label %4, label %14

4:                                                ; preds = %0
  %5 = zext i32 %1 to i64
  %6 = shl nuw nsw i64 %5, 2
  call void @llvm.memset.p0i8.i64(i8* align 16 bitcast ([20 x i32]* @parent to i8*), i8 -1, i64 %6, i1 false), !tbaa !5
  %7 = add nsw i64 %5, -1
  %8 = and i64 %5, 3
  %9 = icmp ult i64 %7, 3
  %10 = and i64 %5, 4294967292
  %11 = icmp eq i64 %8, 0
  br label %12

12:                                               ; preds = %38, %4
  %13 = phi i64 [ 0, %4 ], [ %40, %38 ]
  br i1 %9, label %29, label %16

14:                                               ; preds = %38, %0
  %15 = icmp sgt i32 %2, 0
  br i1 %15, label %42, label %57

16:                                               ; preds = %12, %16
  %17 = phi i64 [ %26, %16 ], [ 0, %12 ]
  %18 = phi i64 [ %27, %16 ], [ 0, %12 ]
  %19 = getelementptr inbounds [20 x [20 x i32]], [20 x [20 x i32]]* @adj, i64 0, i64 %13, i64 %17
  store i32 1000000000, i32* %19, align 16, !tbaa !5
  %20 = or i64 %17, 1
  %21 = getelementptr inbounds [20 x [20 x i32]], [20 x [20 x i32]]* @adj, i64 0, i64 %13, i64 %20
  store i32 1000000000, i32* %21, align 4, !tbaa !5
  %22 = or i64 %17, 2
  %23 = getelementptr inbounds [20 x [20 x i32]], [20 x [20 x i32]]* @adj, i64 0, i64 %13, i64 %22
  store i32 1000000000, i32* %23, align 8, !tbaa !5
  %24 = or i64 %17, 3
  %25 = getelementptr inbounds [20 x [20 x i32]], [20 x [20 x i32]]* @adj, i64 0, i64 %13, i64 %24
  store i32 1000000000, i32* %25, align 4, !tbaa !5
  %26 = add nuw nsw i64 %17, 4
  %27 = add i64 %18, 4
  %28 = icmp eq i64 %27, %10
  br i1 %28, label %29, label %16, !llvm.loop !9

29:                                               ; preds = %16, %12
  %30 = phi i64 [ 0, %12 ], [ %26, %16 ]
  br i1 %11, label %38, label %31

31:                                               ; preds = %29, %31
  %32 = phi i64 [ %35, %31 ], [ %30, %29 ]
  %33 = phi i64 [ %36, %31 ], [ 0, %29 ]
  %34 = getelementptr inbounds [20 x [20 x i32]], [20 x [20 x i32]]* @adj, i64 0, i64 %13, i64 %32
  store i32 1000000000, i32* %34, align 4, !tbaa !5
  %35 = add nuw nsw i64 %32, 1
  %36 = add i64 %33, 1
  %37 = icmp eq i64 %36, %8
  br i1 %37, label %38, label %31, !llvm.loop !11

38:                                               ; preds = %31, %29
  %39 = getelementptr inbounds [20 x i32], [20 x i32]* @dist, i64 0, i64 %13
  store i32 1000000000, i32* %39, align 4, !tbaa !5
  %40 = add nuw nsw i64 %13, 1
  %41 = icmp eq i64 %40, %5
  br i1 %41, label %14, label %12, !llvm.loop !13

42:                                               ; preds = %14, %54
  %43 = phi i32 [ %55, %54 ], [ 0, %14 ]
  %44 = tail call i32 @getint() #3
  %45 = tail call i32 @getint() #3
  %46 = tail call i32 @getint() #3
  %47 = sext i32 %44 to i64
  %48 = sext i32 %45 to i64
  %49 = getelementptr inbounds [20 x [20 x i32]], [20 x [20 x i32]]* @adj, i64 0, i64 %47, i64 %48
  %50 = load i32, i32* %49, align 4, !tbaa !5
  %51 = icmp slt i32 %46, %50
  br i1 %51, label %52, label %54

52:                                               ; preds = %42
  store i32 %46, i32* %49, align 4, !tbaa !5
  %53 = getelementptr inbounds [20 x [20 x i32]], [20 x [20 x i32]]* @adj, i64 0, i64 %48, i64 %47
  store i32 %46, i32* %53, align 4, !tbaa !5
  br label %54

54:                                               ; preds = %52, %42
  %55 = add nuw nsw i32 %43, 1
  %56 = icmp eq i32 %55, %2
  br i1 %56, label %57, label %42, !llvm.loop !14

57:                                               ; preds = %54, %14
  store i32 0, i32* getelementptr inbounds ([20 x i32], [20 x i32]* @dist, i64 0, i64 0), align 16, !tbaa !5
  br i1 %3, label %58, label %128

58:                                               ; preds = %57
  %59 = zext i32 %1 to i64
  %60 = zext i32 %1 to i64
  br label %61

61:                                               ; preds = %107, %58
  %62 = phi i32 [ 0, %58 ], [ %108, %107 ]
  br label %63

63:                                               ; preds = %61, %80
  %64 = phi i64 [ 0, %61 ], [ %82, %80 ]
  %65 = phi i32 [ -1, %61 ], [ %81, %80 ]
  %66 = getelementptr inbounds [20 x i32], [20 x i32]* @done, i64 0, i64 %64
  %67 = load i32, i32* %66, align 4, !tbaa !5
  %68 = icmp eq i32 %67, 0
  br i1 %68, label %69, label %80

69:                                               ; preds = %63
  %70 = icmp slt i32 %65, 0
  br i1 %70, label %78, label %71

71:                                               ; preds = %69
  %72 = getelementptr inbounds [20 x i32], [20 x i32]* @dist, i64 0, i64 %64
  %73 = load i32, i32* %72, align 4, !tbaa !5
  %74 = zext i32 %65 to i64
  %75 = getelementptr inbounds [20 x i32], [20 x i32]* @dist, i64 0, i64 %74
  %76 = load i32, i32* %75, align 4, !tbaa !5
  %77 = icmp slt i32 %73, %76
  br i1 %77, label %78, label %80

78:                                               ; preds = %71, %69
  %79 = trunc i64 %64 to i32
  br label %80

80:                                               ; preds = %78, %71, %63
  %81 = phi i32 [ %65, %63 ], [ %79, %78 ], [ %65, %71 ]
  %82 = add nuw nsw i64 %64, 1
  %83 = icmp eq i64 %82, %59
  br i1 %83, label %84, label %63, !llvm.loop !15

84:                                               ; preds = %80
  %85 = sext i32 %81 to i64
  %86 = getelementptr inbounds [20 x i32], [20 x i32]* @dist, i64 0, i64 %85
  %87 = load i32, i32* %86, align 4, !tbaa !5
  %88 = icmp eq i32 %87, 1000000000
  br i1 %88, label %110, label %89

89:                                               ; preds = %84
  %90 = getelementptr inbounds [20 x i32], [20 x i32]* @done, i64 0, i64 %85
  store i32 1, i32* %90, align 4, !tbaa !5
  br label %91

91:                                               ; preds = %89, %104
  %92 = phi i64 [ 0, %89 ], [ %105, %104 ]
  %93 = getelementptr inbounds [20 x [20 x i32]], [20 x [20 x i32]]* @adj, i64 0, i64 %85, i64 %92
  %94 = load i32, i32* %93, align 4, !tbaa !5
  %95 = icmp eq i32 %94, 1000000000
  br i1 %95, label %104, label %96

96:                                               ; preds = %91
  %97 = load i32, i32* %86, align 4, !tbaa !5
  %98 = add nsw i32 %97, %94
  %99 = getelementptr inbounds [20 x i32], [20 x i32]* @dist, i64 0, i64 %92
  %100 = load i32, i32* %99, align 4, !tbaa !5
  %101 = icmp slt i32 %98, %100
  br i1 %101, label %102, label %104

102:                                              ; preds = %96
  store i32 %98, i32* %99, align 4, !tbaa !5
  %103 = getelementptr inbounds [20 x i32], [20 x i32]* @parent, i64 0, i64 %92
  store i32 %81, i32* %103, align 4, !tbaa !5
  br label %104

104:                                              ; preds = %102, %96, %91
  %105 = add nuw nsw i64 %92, 1
  %106 = icmp eq i64 %105, %60
  br i1 %106, label %107, label %91, !llvm.loop !16

107:                                              ; preds = %104
  %108 = add nuw nsw i32 %62, 1
  %109 = icmp eq i32 %108, %1
  br i1 %109, label %110, label %61

110:                                              ; preds = %107, %84
  br i1 %3, label %111, label %128

111:                                              ; preds = %110
  %112 = zext i32 %1 to i64
  br label %113

113:                                              ; preds = %111, %124
  %114 = phi i64 [ 0, %111 ], [ %126, %124 ]
  %115 = phi i32 [ 0, %111 ], [ %125, %124 ]
  %116 = trunc i64 %114 to i32
  tail call void @putint(i32 noundef %116) #3
  tail call void @putch(i32 noundef 58) #3
  %117 = getelementptr inbounds [20 x i32], [20 x i32]* @dist, i64 0, i64 %114
  %118 = load i32, i32* %117, align 4, !tbaa !5
  %119 = icmp eq i32 %118, 1000000000
  br i1 %119, label %120, label %121

120:                                              ; preds = %113
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([14 x i8], [14 x i8]* @.str, i64 0, i64 0)) #3
  br label %124

121:                                              ; preds = %113
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([9 x i8], [9 x i8]* @.str.1, i64 0, i64 0), i32 noundef %118) #3
  tail call void @print_path(i32 noundef %116)
  tail call void @putch(i32 noundef 10) #3
  %122 = load i32, i32* %117, align 4, !tbaa !5
  %123 = add nsw i32 %122, %115
  br label %124

124:                                              ; preds = %121, %120
  %125 = phi i32 [ %115, %120 ], [ %123, %121 ]
  %126 = add nuw nsw i64 %114, 1
  %127 = icmp eq i64 %126, %112
  br i1 %127, label %128, label %113, !llvm.loop !17

128:                                              ; preds = %124, %57, %110
  %129 = phi i32 [ 0, %110 ], [ 0, %57 ], [ %125, %124 ]
  %130 = srem i32 %129, 256
  ret i32 %130
}

declare i32 @getint() local_unnamed_addr #1

declare void @putf(i8* noundef, ...) local_unnamed_addr #1

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
!11 = distinct !{!11, !12}
!12 = !{!"llvm.loop.unroll.disable"}
!13 = distinct !{!13, !10}
!14 = distinct !{!14, !10}
!15 = distinct !{!15, !10}
!16 = distinct !{!16, !10}
!17 = distinct !{!17, !10}

; ModuleID = 'func_knapsack_dp.sy'
source_filename = "func_knapsack_dp.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@w = dso_local local_unnamed_addr global [32 x i32] zeroinitializer, align 16
@v = dso_local local_unnamed_addr global [32 x i32] zeroinitializer, align 16
@best = dso_local local_unnamed_addr global [201 x i32] zeroinitializer, align 16
@keep = dso_local local_unnamed_addr global [32 x [201 x i32]] zeroinitializer, align 16
@.str = private unnamed_addr constant [9 x i8] c"best=%d\0A\00", align 1

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  %1 = tail call i32 @getint() #2
  %2 = tail call i32 @getint() #2
  %3 = icmp sgt i32 %1, 0
  br i1 %3, label %4, label %7

4:                                                ; preds = %0
  %5 = zext i32 %1 to i64
  br label %14

6:                                                ; preds = %14
  br i1 %3, label %11, label %7

7:                                                ; preds = %6, %0
  %8 = sext i32 %2 to i64
  %9 = getelementptr inbounds [201 x i32], [201 x i32]* @best, i64 0, i64 %8
  %10 = load i32, i32* %9, align 4, !tbaa !5
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([9 x i8], [9 x i8]* @.str, i64 0, i64 0), i32 noundef %10) #2
  br label %73

11:                                               ; preds = %6
  %12 = sext i32 %2 to i64
  %13 = zext i32 %1 to i64
  br label %22

14:                                               ; preds = %4, %14
  %15 = phi i64 [ 0, %4 ], [ %20, %14 ]
  %16 = tail call i32 @getint() #2
  %17 = getelementptr inbounds [32 x i32], [32 x i32]* @w, i64 0, i64 %15
  store i32 %16, i32* %17, align 4, !tbaa !5
  %18 = tail call i32 @getint() #2
  %19 = getelementptr inbounds [32 x i32], [32 x i32]* @v, i64 0, i64 %15
  store i32 %18, i32* %19, align 4, !tbaa !5
  %20 = add nuw nsw i64 %15, 1
  %21 = icmp eq i64 %20, %5
  br i1 %21, label %6, label %14, !llvm.loop !9

22:                                               ; preds = %11, %45
  %23 = phi i64 [ 0, %11 ], [ %46, %45 ]
  %24 = getelementptr inbounds [32 x i32], [32 x i32]* @w, i64 0, i64 %23
  %25 = load i32, i32* %24, align 4, !tbaa !5
  %26 = icmp slt i32 %2, %25
  br i1 %26, label %45, label %27

27:                                               ; preds = %22
  %28 = getelementptr inbounds [32 x i32], [32 x i32]* @v, i64 0, i64 %23
  %29 = load i32, i32* %28, align 4, !tbaa !5
  %30 = sext i32 %25 to i64
  br label %31

31:                                               ; preds = %27, %42
  %32 = phi i64 [ %12, %27 ], [ %43, %42 ]
  %33 = sub nsw i64 %32, %30
  %34 = getelementptr inbounds [201 x i32], [201 x i32]* @best, i64 0, i64 %33
  %35 = load i32, i32* %34, align 4, !tbaa !5
  %36 = add nsw i32 %29, %35
  %37 = getelementptr inbounds [201 x i32], [201 x i32]* @best, i64 0, i64 %32
  %38 = load i32, i32* %37, align 4, !tbaa !5
  %39 = icmp sgt i32 %36, %38
  br i1 %39, label %40, label %42

40:                                               ; preds = %31
  store i32 %36, i32* %37, align 4, !tbaa !5
  %41 = getelementptr inbounds [32 x [201 x i32]], [32 x [201 x i32]]* @keep, i64 0, i64 %23, i64 %32
  store i32 1, i32* %41, align 4, !tbaa !5
  br label %42

42:                                               ; preds = %40, %31
  %43 = add nsw i64 %32, -1
  %44 = icmp sgt i64 %32, %30
  br i1 %44, label %31, label %45, !llvm.loop !11

45:                                               ; preds = %42, %22
  %46 = add nuw nsw i64 %23, 1
  %47 = icmp eq i64 %46, %13
  br i1 %47, label %48, label %22, !llvm.loop !12

48:                                               ; preds = %45
  %49 = getelementptr inbounds [201 x i32], [201 x i32]* @best, i64 0, i64 %12
  %50 = load i32, i32* %49, align 4, !tbaa !5
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([9 x i8], [9 x i8]* @.str, i64 0, i64 0), i32 noundef %50) #2
  br i1 %3, label %51, label %73

51:                                               ; preds = %48
  %52 = zext i32 %1 to i64
  br label %53

53:                                               ; preds = %51, %69
  %54 = phi i64 [ %52, %51 ], [ %57, %69 ]
  %55 = phi i32 [ 0, %51 ], [ %71, %69 ]
  %56 = phi i32 [ %2, %51 ], [ %70, %69 ]
  %57 = add nsw i64 %54, -1
  %58 = and i64 %57, 4294967295
  %59 = sext i32 %56 to i64
  %60 = getelementptr inbounds [32 x [201 x i32]], [32 x [201 x i32]]* @keep, i64 0, i64 %58, i64 %59
  %61 = load i32, i32* %60, align 4, !tbaa !5
  %62 = icmp eq i32 %61, 0
  br i1 %62, label %69, label %63

63:                                               ; preds = %53
  %64 = trunc i64 %57 to i32
  tail call void @putint(i32 noundef %64) #2
  tail call void @putch(i32 noundef 32) #2
  %65 = getelementptr inbounds [32 x i32], [32 x i32]* @w, i64 0, i64 %58
  %66 = load i32, i32* %65, align 4, !tbaa !5
  %67 = sub nsw i32 %56, %66
  %68 = add nsw i32 %66, %55
  br label %69

69:                                               ; preds = %63, %53
  %70 = phi i32 [ %67, %63 ], [ %56, %53 ]
  %71 = phi i32 [ %68, %63 ], [ %55, %53 ]
  %72 = icmp ugt i64 %54, 1
  br i1 %72, label %53, label %73, !llvm.loop !13

73:                                               ; preds = %69, %7, %48
  %74 = phi i32* [ %49, %48 ], [ %9, %7 ], [ %49, %69 ]
  %75 = phi i32 [ 0, %48 ], [ 0, %7 ], [ %71, %69 ]
  tail call void @putch(i32 noundef 10) #2
  tail call void @putint(i32 noundef %75) #2
  tail call void @putch(i32 noundef 10) #2
  %76 = load i32, i32* %74, align 4, !tbaa !5
  %77 = srem i32 %76, 256
  ret i32 %77
}

declare i32 @getint() local_unnamed_addr #1

declare void @putf(i8* noundef, ...) local_unnamed_addr #1

declare void @putint(i32 noundef) local_unnamed_addr #1

declare void @putch(i32 noundef) local_unnamed_addr #1

attributes #0 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nounwind }

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
!13 = distinct !{!13, !10}

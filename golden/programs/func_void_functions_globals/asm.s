	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"func_void_functions_globals.sy"
	.globl	set                             # -- Begin function set
	.p2align	1
	.type	set,@function
set:                                    # @set
# %bb.0:
	slli	a0, a0, 2
.LBB0_1:                                # Label of block must be emitted
	auipc	a2, %pcrel_hi(regs)
	addi	a2, a2, %pcrel_lo(.LBB0_1)
	add	a0, a0, a2
	sw	a1, 0(a0)
	ret
.Lfunc_end0:
	.size	set, .Lfunc_end0-set
                                        # -- End function
	.globl	add                             # -- Begin function add
	.p2align	1
	.type	add,@function
add:                                    # @add
# %bb.0:
	slli	a1, a1, 2
.LBB1_1:                                # Label of block must be emitted
	auipc	a3, %pcrel_hi(regs)
	addi	a3, a3, %pcrel_lo(.LBB1_1)
	add	a1, a1, a3
	lw	a1, 0(a1)
	slli	a2, a2, 2
	add	a2, a2, a3
	lw	a2, 0(a2)
	addw	a1, a1, a2
	lui	a2, 274878
	addiw	a2, a2, -381
	mul	a2, a1, a2
	srli	a4, a2, 63
	srai	a2, a2, 50
	addw	a2, a2, a4
	lui	a4, 244
	addiw	a4, a4, 576
	mulw	a2, a2, a4
	subw	a1, a1, a2
	slli	a0, a0, 2
	add	a0, a0, a3
	sw	a1, 0(a0)
	ret
.Lfunc_end1:
	.size	add, .Lfunc_end1-add
                                        # -- End function
	.globl	sub                             # -- Begin function sub
	.p2align	1
	.type	sub,@function
sub:                                    # @sub
# %bb.0:
	slli	a1, a1, 2
.LBB2_1:                                # Label of block must be emitted
	auipc	a3, %pcrel_hi(regs)
	addi	a3, a3, %pcrel_lo(.LBB2_1)
	add	a1, a1, a3
	lw	a1, 0(a1)
	slli	a2, a2, 2
	add	a2, a2, a3
	lw	a2, 0(a2)
	subw	a1, a1, a2
	slli	a0, a0, 2
	add	a0, a0, a3
	sw	a1, 0(a0)
	ret
.Lfunc_end2:
	.size	sub, .Lfunc_end2-sub
                                        # -- End function
	.globl	jump_if_pos                     # -- Begin function jump_if_pos
	.p2align	1
	.type	jump_if_pos,@function
jump_if_pos:                            # @jump_if_pos
# %bb.0:
	slli	a0, a0, 2
.LBB3_3:                                # Label of block must be emitted
	auipc	a2, %pcrel_hi(regs)
	addi	a2, a2, %pcrel_lo(.LBB3_3)
	add	a0, a0, a2
	lw	a2, 0(a0)
.LBB3_4:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(pc)
	addi	a0, a0, %pcrel_lo(.LBB3_4)
	bgtz	a2, .LBB3_2
# %bb.1:
	lw	a1, 0(a0)
	addi	a1, a1, 1
.LBB3_2:
	sw	a1, 0(a0)
	ret
.Lfunc_end3:
	.size	jump_if_pos, .Lfunc_end3-jump_if_pos
                                        # -- End function
	.globl	nothing                         # -- Begin function nothing
	.p2align	1
	.type	nothing,@function
nothing:                                # @nothing
# %bb.0:
	ret
.Lfunc_end4:
	.size	nothing, .Lfunc_end4-nothing
                                        # -- End function
	.globl	report                          # -- Begin function report
	.p2align	1
	.type	report,@function
report:                                 # @report
# %bb.0:
	addi	sp, sp, -16
	sd	ra, 8(sp)                       # 8-byte Folded Spill
	sd	s0, 0(sp)                       # 8-byte Folded Spill
.LBB5_1:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(pc)
	addi	a0, a0, %pcrel_lo(.LBB5_1)
	lw	a1, 0(a0)
.LBB5_2:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(steps)
	addi	a0, a0, %pcrel_lo(.LBB5_2)
	lw	a2, 0(a0)
.LBB5_3:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(.L.str)
	addi	a0, a0, %pcrel_lo(.LBB5_3)
	call	putf@plt
	li	a0, 32
	call	putch@plt
.LBB5_4:                                # Label of block must be emitted
	auipc	s0, %pcrel_hi(regs)
	addi	s0, s0, %pcrel_lo(.LBB5_4)
	lw	a0, 0(s0)
	call	putint@plt
	li	a0, 32
	call	putch@plt
	lw	a0, 4(s0)
	call	putint@plt
	li	a0, 32
	call	putch@plt
	lw	a0, 8(s0)
	call	putint@plt
	li	a0, 32
	call	putch@plt
	lw	a0, 12(s0)
	call	putint@plt
	li	a0, 32
	call	putch@plt
	lw	a0, 16(s0)
	call	putint@plt
	li	a0, 32
	call	putch@plt
	lw	a0, 20(s0)
	call	putint@plt
	li	a0, 32
	call	putch@plt
	lw	a0, 24(s0)
	call	putint@plt
	li	a0, 32
	call	putch@plt
	lw	a0, 28(s0)
	call	putint@plt
	li	a0, 10
	ld	ra, 8(sp)                       # 8-byte Folded Reload
	ld	s0, 0(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 16
	tail	putch@plt
.Lfunc_end5:
	.size	report, .Lfunc_end5-report
                                        # -- End function
	.globl	execute                         # -- Begin function execute
	.p2align	1
	.type	execute,@function
execute:                                # @execute
# %bb.0:
	addi	sp, sp, -16
	sd	ra, 8(sp)                       # 8-byte Folded Spill
.LBB6_13:                               # Label of block must be emitted
	auipc	a4, %pcrel_hi(steps)
	addi	a4, a4, %pcrel_lo(.LBB6_13)
	lw	a5, 0(a4)
	addiw	a5, a5, 1
	li	a6, 4
	sw	a5, 0(a4)
	bltu	a6, a0, .LBB6_5
# %bb.1:
	slli	a0, a0, 2
.LBB6_14:                               # Label of block must be emitted
	auipc	a4, %pcrel_hi(.LJTI6_0)
	addi	a4, a4, %pcrel_lo(.LBB6_14)
	add	a0, a0, a4
	lw	a0, 0(a0)
	add	a0, a0, a4
	jr	a0
.LBB6_2:
	slli	a0, a1, 2
.LBB6_15:                               # Label of block must be emitted
	auipc	a1, %pcrel_hi(pc)
	addi	a1, a1, %pcrel_lo(.LBB6_15)
	lw	a3, 0(a1)
.LBB6_16:                               # Label of block must be emitted
	auipc	a4, %pcrel_hi(regs)
	addi	a4, a4, %pcrel_lo(.LBB6_16)
	add	a0, a0, a4
	sw	a2, 0(a0)
	addiw	a0, a3, 1
	sw	a0, 0(a1)
	j	.LBB6_12
.LBB6_3:
	slli	a0, a2, 2
.LBB6_17:                               # Label of block must be emitted
	auipc	a2, %pcrel_hi(regs)
	addi	a2, a2, %pcrel_lo(.LBB6_17)
	add	a0, a0, a2
	lw	a0, 0(a0)
	slli	a3, a3, 2
	add	a3, a3, a2
	lw	a3, 0(a3)
	j	.LBB6_8
.LBB6_4:
	call	report
.LBB6_18:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(pc)
	addi	a0, a0, %pcrel_lo(.LBB6_18)
	lw	a1, 0(a0)
	addiw	a1, a1, 1
	j	.LBB6_6
.LBB6_5:
.LBB6_19:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(halted)
	addi	a0, a0, %pcrel_lo(.LBB6_19)
	li	a1, 1
.LBB6_6:
	sw	a1, 0(a0)
	j	.LBB6_12
.LBB6_7:
	slli	a0, a2, 2
.LBB6_20:                               # Label of block must be emitted
	auipc	a2, %pcrel_hi(regs)
	addi	a2, a2, %pcrel_lo(.LBB6_20)
	add	a0, a0, a2
	lw	a0, 0(a0)
	slli	a3, a3, 2
	add	a3, a3, a2
	lw	a3, 0(a3)
	addw	a0, a0, a3
	lui	a3, 274878
	addiw	a3, a3, -381
	mul	a3, a0, a3
	srli	a4, a3, 63
	srai	a3, a3, 50
	addw	a3, a3, a4
	lui	a4, 244
	addiw	a4, a4, 576
	mulw	a3, a3, a4
.LBB6_8:
	subw	a0, a0, a3
.LBB6_21:                               # Label of block must be emitted
	auipc	a3, %pcrel_hi(pc)
	addi	a3, a3, %pcrel_lo(.LBB6_21)
	lw	a4, 0(a3)
	slli	a1, a1, 2
	add	a1, a1, a2
	sw	a0, 0(a1)
	addiw	a0, a4, 1
	sw	a0, 0(a3)
	j	.LBB6_12
.LBB6_9:
	slli	a0, a1, 2
.LBB6_22:                               # Label of block must be emitted
	auipc	a1, %pcrel_hi(regs)
	addi	a1, a1, %pcrel_lo(.LBB6_22)
	add	a0, a0, a1
	lw	a1, 0(a0)
.LBB6_23:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(pc)
	addi	a0, a0, %pcrel_lo(.LBB6_23)
	bgtz	a1, .LBB6_11
# %bb.10:
	lw	a1, 0(a0)
	addi	a2, a1, 1
.LBB6_11:
	sw	a2, 0(a0)
.LBB6_12:
	ld	ra, 8(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 16
	ret
.Lfunc_end6:
	.size	execute, .Lfunc_end6-execute
	.section	.rodata,"a",@progbits
	.p2align	2
.LJTI6_0:
	.word	.LBB6_2-.LJTI6_0
	.word	.LBB6_7-.LJTI6_0
	.word	.LBB6_3-.LJTI6_0
	.word	.LBB6_9-.LJTI6_0
	.word	.LBB6_4-.LJTI6_0
                                        # -- End function
	.text
	.globl	main                            # -- Begin function main
	.p2align	1
	.type	main,@function
main:                                   # @main
# %bb.0:
	addi	sp, sp, -48
	sd	ra, 40(sp)                      # 8-byte Folded Spill
	sd	s0, 32(sp)                      # 8-byte Folded Spill
	sd	s1, 24(sp)                      # 8-byte Folded Spill
	sd	s2, 16(sp)                      # 8-byte Folded Spill
	sd	s3, 8(sp)                       # 8-byte Folded Spill
.LBB7_4:                                # Label of block must be emitted
	auipc	s2, %pcrel_hi(halted)
	addi	s2, s2, %pcrel_lo(.LBB7_4)
	lw	a0, 0(s2)
.LBB7_5:                                # Label of block must be emitted
	auipc	s3, %pcrel_hi(steps)
	addi	s3, s3, %pcrel_lo(.LBB7_5)
	lw	a1, 0(s3)
	seqz	a0, a0
	slti	a1, a1, 1000
	and	a0, a0, a1
	beqz	a0, .LBB7_3
# %bb.1:
.LBB7_6:                                # Label of block must be emitted
	auipc	s0, %pcrel_hi(pc)
	addi	s0, s0, %pcrel_lo(.LBB7_6)
.LBB7_7:                                # Label of block must be emitted
	auipc	s1, %pcrel_hi(program)
	addi	s1, s1, %pcrel_lo(.LBB7_7)
.LBB7_2:                                # =>This Inner Loop Header: Depth=1
	lw	a0, 0(s0)
	slli	a0, a0, 4
	add	a3, s1, a0
	lw	a0, 0(a3)
	lw	a1, 4(a3)
	lw	a2, 8(a3)
	lw	a3, 12(a3)
	call	execute
	lw	a0, 0(s2)
	lw	a1, 0(s3)
	seqz	a0, a0
	slti	a1, a1, 1000
	and	a0, a0, a1
	bnez	a0, .LBB7_2
.LBB7_3:
	call	report
.LBB7_8:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(regs)
	addi	a0, a0, %pcrel_lo(.LBB7_8)
	lw	a0, 4(a0)
	sraiw	a1, a0, 31
	srliw	a1, a1, 24
	add	a1, a1, a0
	andi	a1, a1, -256
	subw	a0, a0, a1
	ld	ra, 40(sp)                      # 8-byte Folded Reload
	ld	s0, 32(sp)                      # 8-byte Folded Reload
	ld	s1, 24(sp)                      # 8-byte Folded Reload
	ld	s2, 16(sp)                      # 8-byte Folded Reload
	ld	s3, 8(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 48
	ret
.Lfunc_end7:
	.size	main, .Lfunc_end7-main
                                        # -- End function
	.type	pc,@object                      # @pc
	.section	.sbss,"aw",@nobits
	.globl	pc
	.p2align	2
pc:
	.word	0                               # 0x0
	.size	pc, 4

	.type	halted,@object                  # @halted
	.globl	halted
	.p2align	2
halted:
	.word	0                               # 0x0
	.size	halted, 4

	.type	steps,@object                   # @steps
	.globl	steps
	.p2align	2
steps:
	.word	0                               # 0x0
	.size	steps, 4

	.type	regs,@object                    # @regs
	.bss
	.globl	regs
	.p2align	2
regs:
	.zero	32
	.size	regs, 32

	.type	.L.str,@object                  # @.str
	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str:
	.asciz	"pc=%d steps=%d:"
	.size	.L.str, 16

	.type	program,@object                 # @program
	.data
	.globl	program
	.p2align	2
program:
	.zero	16
	.word	0                               # 0x0
	.word	1                               # 0x1
	.word	1                               # 0x1
	.word	0                               # 0x0
	.word	0                               # 0x0
	.word	2                               # 0x2
	.word	20                              # 0x14
	.word	0                               # 0x0
	.word	0                               # 0x0
	.word	3                               # 0x3
	.word	1                               # 0x1
	.word	0                               # 0x0
	.word	0                               # 0x0
	.word	7                               # 0x7
	.word	0                               # 0x0
	.word	0                               # 0x0
	.word	1                               # 0x1
	.word	4                               # 0x4
	.word	0                               # 0x0
	.word	1                               # 0x1
	.word	1                               # 0x1
	.word	0                               # 0x0
	.word	1                               # 0x1
	.word	7                               # 0x7
	.word	1                               # 0x1
	.word	1                               # 0x1
	.word	4                               # 0x4
	.word	7                               # 0x7
	.word	2                               # 0x2
	.word	2                               # 0x2
	.word	2                               # 0x2
	.word	3                               # 0x3
	.word	3                               # 0x3
	.word	2                               # 0x2
	.word	5                               # 0x5
	.word	0                               # 0x0
	.word	4                               # 0x4
	.word	0                               # 0x0
	.word	0                               # 0x0
	.word	0                               # 0x0
	.word	9                               # 0x9
	.word	0                               # 0x0
	.word	0                               # 0x0
	.word	0                               # 0x0
	.size	program, 192

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
